x = t'{lambda x: x}'
