print(len("héllo"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(b"ab"), len("😀"))
class L:
    def __len__(self):
        return 7
print(len(L()))
for v in [5, None, iter([])]:
    try:
        len(v)
    except TypeError as e:
        print("TypeError:", e)
class Big:
    def __len__(self):
        return 2**70
try:
    len(Big())
except OverflowError as e:
    print("OverflowError:", e)
