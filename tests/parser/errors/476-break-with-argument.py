while True:
    break 1
