@property
@functools.lru_cache(maxsize=None)
@ (lambda f: f)
@decorators[0].attr(1)(2)
@x if y else z
@(yield_ := deco)
@a @ b
def f():
    pass
@dataclass(frozen=True)
class C:
    x: int = 0
    y: "list[int]" = field(default_factory=list)
