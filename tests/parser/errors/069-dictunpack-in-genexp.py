x = list((**d for d in dicts))
