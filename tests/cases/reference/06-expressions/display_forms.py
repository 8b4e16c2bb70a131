print([], [1], [1,], (), (1,), (1, 2), {}, {1}, {1: 2}, {1: 2,})
print(type(()).__name__, type({}).__name__, type({1}).__name__)
print({1: 'a', 1.0: 'b', True: 'c'})
print({'a': 1, 'a': 2}, {1, 1.0, True})
print([i for i in ()], (), tuple())
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__ + ":", e)
