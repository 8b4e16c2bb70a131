x = f"value: {x}
