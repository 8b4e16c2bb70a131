match x:
    case [a] as y.z:
        pass
