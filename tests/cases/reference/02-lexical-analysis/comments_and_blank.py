# a comment
x = 1  # trailing
   # indented comment in column 3

# blank lines above
print(x)  # prints 1
s = "# not a comment"
print(s)
def f():
    # only comment

    return 2
print(f())
