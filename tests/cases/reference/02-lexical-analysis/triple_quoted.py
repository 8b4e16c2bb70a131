s = """first
  second
third"""
print(repr(s))
t = '''it's "quoted" '''
print(t)
u = """\
no leading newline"""
print(repr(u))
print(repr(''''''), repr(""""""))
