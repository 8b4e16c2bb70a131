match = 1
case = 2
type = 3
_ = 4
match, case = case, match
print(match, case, type, _)
def match(type=None, case=None):
    return type, case
match(type=1, case=2)
class type:
    match = "m"
print(type.match, match)
match [1, 2]:
    case [type, case]:
        pass
type X = int
