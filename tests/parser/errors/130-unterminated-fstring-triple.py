x = f'''value: {x}
more
