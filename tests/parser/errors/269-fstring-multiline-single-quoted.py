x = f'abc
{x}'
