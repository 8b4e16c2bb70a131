total = 1 + \
    2 + \
        3
if total > 1 and \
   total < 10:
    x = [1,
  2,
        3]
    y = (
"unindented inside brackets"
    )
assert total, \
    "message"
with open("a") as f, \
     open("b") as g:
    pass
s = "string \
continues"
z = 1 if total \
else 2
