@property def f(self):
    pass
