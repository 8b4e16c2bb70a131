va\lue = 1
