print(*args, sep='', **)
