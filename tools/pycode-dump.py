# Dumps the code objects CPython 3.14 compiles for a source file as JSON (one object on stdout),
# so the VM can be tested on CPython's own bytecode independently of our compiler.
# Run under the oracle by tools/vm-cpython-bytecode.mjs, which appends the source below.
import json, sys

def const(v):
    t = type(v)
    if v is None: return {"t": "None"}
    if v is Ellipsis: return {"t": "Ellipsis"}
    if t is bool: return {"t": "bool", "v": v}
    if t is int: return {"t": "int", "v": str(v)}
    if t is float: return {"t": "float", "v": repr(v)}
    if t is complex: return {"t": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if t is str: return {"t": "str", "v": [ord(c) for c in v] if any(0xD800 <= ord(c) <= 0xDFFF for c in v) else v}
    if t is bytes: return {"t": "bytes", "v": v.hex()}
    if t is tuple: return {"t": "tuple", "v": [const(x) for x in v]}
    if t is frozenset: return {"t": "frozenset", "v": [const(x) for x in v]}
    if t is slice: return {"t": "slice", "v": [const(v.start), const(v.stop), const(v.step)]}
    if hasattr(v, "co_code"): return {"t": "code", "v": code(v)}
    raise TypeError(f"constant of type {t}")

CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE = 0x20, 0x40, 0x80

def code(co):
    b = co.co_code
    units = [b[i] | (b[i + 1] << 8) for i in range(0, len(b), 2)]
    varnames = list(co.co_varnames)
    cells = [c for c in co.co_cellvars if c not in varnames]
    names = varnames + cells + list(co.co_freevars)
    kinds = []
    for i, n in enumerate(names):
        k = 0
        if i < len(varnames):
            k |= CO_FAST_LOCAL
            if n in co.co_cellvars: k |= CO_FAST_CELL
        elif i < len(varnames) + len(cells):
            k |= CO_FAST_CELL
        else:
            k |= CO_FAST_FREE
        kinds.append(k)
    # Trust CPython's own mapping where available (3.13+).
    try:
        names = [co._varname_from_oparg(i) for i in range(len(names))]
    except Exception:
        pass
    return {
        "code": units,
        "consts": [const(c) for c in co.co_consts],
        "names": list(co.co_names),
        "localsplusnames": names,
        "localspluskinds": kinds,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "stacksize": co.co_stacksize,
        "firstlineno": co.co_firstlineno,
        "name": co.co_name,
        "qualname": co.co_qualname,
        "filename": co.co_filename,
        "linetable": co.co_linetable.hex(),
        "exceptiontable": co.co_exceptiontable.hex(),
    }

def main(path, source):
    co = compile(source, path, "exec")
    sys.stdout.write(json.dumps(code(co)))
