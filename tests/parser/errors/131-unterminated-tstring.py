x = t'value: {x}
