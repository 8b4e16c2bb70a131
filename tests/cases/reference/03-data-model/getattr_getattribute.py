class G:
    a = 1
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(f"no {name}")
g = G()
print(g.a, g.xyz, getattr(g, 'q', 'dflt'), hasattr(g, 'q'))
try:
    g.q
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class H:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback:" + name
h = H(); h.secret2 = 2
print(h.secret, h.secret2)
