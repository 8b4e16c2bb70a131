match d:
    case {a: 1}:
        pass
