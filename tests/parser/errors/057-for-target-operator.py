for a + b in pairs:
    pass
