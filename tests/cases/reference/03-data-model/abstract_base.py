from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Full(Sq):
    def name(self): return "sq"
print(Full().area(), Full().name(), isinstance(Full(), Shape))
