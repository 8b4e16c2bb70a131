x = 3j4
