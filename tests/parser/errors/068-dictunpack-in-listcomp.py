x = [**d for d in dicts]
