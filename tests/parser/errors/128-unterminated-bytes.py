data = b'abc
