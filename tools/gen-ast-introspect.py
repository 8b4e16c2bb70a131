# Run under the oracle (CPython 3.14) by tools/gen-ast.mjs: prints the ast module's node classes
# as JSON (name, base, _fields, _attributes, _field_types, doc), skipping deprecated classes.
import ast, json

out = []
seen = set()
DEPRECATED = {"Suite", "AugLoad", "AugStore", "Param", "slice", "Index", "ExtSlice"}


def tname(t):
    if isinstance(t, type):
        return t.__name__
    return repr(t).replace("ast.", "")


def walk(c):
    for s in c.__subclasses__():
        if s.__module__ != "ast" or s.__name__ in seen or s.__name__ in DEPRECATED:
            continue
        seen.add(s.__name__)
        out.append({
            "name": s.__name__,
            "base": s.__bases__[0].__name__,
            "fields": list(s._fields),
            "attributes": list(getattr(s, "_attributes", ())),
            "types": {k: tname(v) for k, v in getattr(s, "_field_types", {}).items()},
            "none_default": [k for k in list(s._fields) + list(getattr(s, "_attributes", ()))
                             if getattr(s, k, ...) is None],
            "doc": s.__doc__,
        })
        walk(s)


walk(ast.AST)
print(json.dumps(out))
