print('hello' name 'world')
