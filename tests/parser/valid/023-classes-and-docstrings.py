"""Module docstring."""
class Empty: pass
class Base(object, metaclass=Meta, **kw):
    """Class docstring."""
    attr: int
    def method(self):
        "Method docstring"
        return super().method()
    @staticmethod
    def s(): ...
    @classmethod
    def c(cls): ...
    class Nested:
        pass
class Generic[T](Base[T]): ...
