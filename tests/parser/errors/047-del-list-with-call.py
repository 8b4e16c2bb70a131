del [a, g()]
