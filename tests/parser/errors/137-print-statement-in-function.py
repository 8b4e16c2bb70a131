def f():
    print 'in f'
