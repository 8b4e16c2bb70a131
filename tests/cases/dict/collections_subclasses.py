# collections' dict subclasses (defaultdict, OrderedDict, Counter) over the builtin dict.
from collections import defaultdict, OrderedDict, Counter

dd = defaultdict(list)
dd["k"].append(1)
dd["k"].append(2)
print(dd, dd["k"], dict(dd))
od = OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(od, list(od))
print(Counter("abracadabra").most_common(3))

