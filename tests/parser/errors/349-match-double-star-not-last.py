match d:
    case {**rest, 'a': 1}:
        pass
