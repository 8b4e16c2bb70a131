name = 'world
