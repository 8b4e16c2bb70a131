match x:
    case [a, b] if:
        pass
