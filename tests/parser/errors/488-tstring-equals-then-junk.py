x = t'{x=y}'
