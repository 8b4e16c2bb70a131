x = f'{x:abc
}'
