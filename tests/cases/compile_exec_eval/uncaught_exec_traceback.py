code = """
def inner():
    raise KeyError("deep in exec")

def outer():
    inner()
"""
ns = {}
exec(compile(code, "<generated>", "exec"), ns)
eval("outer()", ns)
