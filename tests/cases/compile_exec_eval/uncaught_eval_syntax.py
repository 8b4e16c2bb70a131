x = 1
eval("x +* 2")
