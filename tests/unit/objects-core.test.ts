// Unit tests of the object model core (type creation, MRO, generic attribute access, slots and
// wrapper descriptors, builtin descriptors, exceptions) through the TypeScript API, without the
// VM. Expected strings are CPython 3.14's, taken from the oracle (tools/oracle.mjs) runs of the
// equivalent Python snippets quoted in each test.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import "../../src/objects/index.ts";
import {
  call,
  getAttr,
  hash,
  isInstance,
  isTrue,
  len,
  lookupAttr,
  methodLookup,
  repr,
  setAttr,
  str,
} from "../../src/objects/abstract.ts";
import { PyBytes } from "../../src/objects/bytes.ts";
import { PyMethodDescriptor } from "../../src/objects/descr.ts";
import { PyDict } from "../../src/objects/dict.ts";
import * as E from "../../src/objects/exceptions.ts";
import { PyBaseException } from "../../src/objects/exceptions.ts";
import { newList } from "../../src/objects/list.ts";
import { PyObject, type PyValue } from "../../src/objects/object.ts";
import { None } from "../../src/objects/singletons.ts";
import { slotMpLength } from "../../src/objects/slots.ts";
import { newSuper, superLookup } from "../../src/objects/super.ts";
import { newTuple, type PyTuple } from "../../src/objects/tuple.ts";
import type { PyType } from "../../src/objects/type.ts";
import {
  boolType,
  intType,
  listType,
  makeBuiltinType,
  objectType,
  propertyType,
  typeType,
} from "../../src/objects/typeobjects.ts";

/** class NAME(*bases): ns  (with __module__ = '__main__', as a class statement sets it). */
function makeClass(
  name: string,
  bases: PyType[] = [],
  ns: Record<string, PyValue> = {},
  meta = typeType,
): PyType {
  const d = new PyDict();
  d.setStr("__module__", "__main__");
  for (const k of Object.keys(ns)) d.setStr(k, ns[k]);
  return call(meta, [name, newTuple(bases), d]) as PyType;
}

/** Runs f and returns "Type: message" of the Python exception it raises. */
function raises(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${str(e)}`;
    throw e;
  }
  assert.fail("no exception raised");
}

/** A method (like `def name(self, *args)`) written in TypeScript, usable in a class namespace. */
function method(name: string, fn: (self: PyValue, args: PyValue[]) => PyValue): PyMethodDescriptor {
  return new PyMethodDescriptor(objectType, name, (self, args) => fn(self, args));
}

function names(t: PyValue): string[] {
  return ((getAttr(t, "__mro__") as PyTuple).items as PyType[]).map((x) => x.name);
}

describe("class creation and MRO", () => {
  test("diamond MRO is C3", () => {
    const A = makeClass("A");
    const B = makeClass("B", [A]);
    const C = makeClass("C", [A]);
    const D = makeClass("D", [B, C]);
    assert.deepEqual(names(D), ["D", "B", "C", "A", "object"]);
    assert.equal(repr(D), "<class '__main__.D'>");
    assert.equal(repr(intType), "<class 'int'>");
  });

  test("MRO, layout, base and metaclass errors", () => {
    // class P: pass; class Q(P): pass; type('X', (P, Q), {})
    const P = makeClass("P");
    const Q = makeClass("Q", [P]);
    assert.equal(
      raises(() => makeClass("X", [P, Q])),
      "TypeError: Cannot create a consistent method resolution order (MRO) for bases P, Q",
    );
    assert.equal(
      raises(() => makeClass("X", [objectType, P])),
      "TypeError: Cannot create a consistent method resolution order (MRO) for bases object, P",
    );
    assert.equal(
      raises(() => makeClass("X", [intType, listType])),
      "TypeError: multiple bases have instance lay-out conflict",
    );
    assert.equal(
      raises(() => makeClass("X", [boolType])),
      "TypeError: type 'bool' is not an acceptable base type",
    );
    const M1 = makeClass("M1", [typeType]);
    const M2 = makeClass("M2", [typeType]);
    const a = makeClass("a", [], {}, M1);
    const b = makeClass("b", [], {}, M2);
    assert.equal(
      raises(() => makeClass("X", [a, b])),
      "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
    assert.equal(
      raises(() => call(typeType, [1, 2])),
      "TypeError: type() takes 1 or 3 arguments",
    );
    assert.equal(
      raises(() => call(typeType, ["a", 2, 3])),
      "TypeError: type.__new__() argument 2 must be tuple, not int",
    );
  });

  test("class namespace: __dict__, __doc__, __qualname__", () => {
    const A = makeClass("A", [], { __qualname__: "Outer.A", x: 1 });
    // mappingproxy({'__module__': '__main__', 'x': 1, '__dict__': ..., '__weakref__': ..., '__doc__': None})
    assert.equal(
      repr(getAttr(A, "__dict__")),
      "mappingproxy({'__module__': '__main__', 'x': 1, '__dict__': <attribute '__dict__' of 'A' objects>, '__weakref__': <attribute '__weakref__' of 'A' objects>, '__doc__': None})",
    );
    assert.equal(getAttr(A, "__qualname__"), "Outer.A");
    assert.equal(getAttr(A, "__name__"), "A");
    assert.equal(repr(A), "<class '__main__.Outer.A'>");
  });

  test("__slots__ members and errors", () => {
    // class S: __slots__ = ('b', 'a')
    const S = makeClass("S", [], { __slots__: newTuple(["b", "a"]) });
    assert.equal(repr(getAttr(S, "a")), "<member 'a' of 'S' objects>");
    const s = call(S, []);
    assert.equal(
      raises(() => getAttr(s, "a")),
      "AttributeError: 'S' object has no attribute 'a'",
    );
    setAttr(s, "a", 5);
    assert.equal(getAttr(s, "a"), 5);
    assert.equal(
      raises(() => setAttr(s, "b2", 1)),
      "AttributeError: 'S' object has no attribute 'b2' and no __dict__ for setting new attributes",
    );
    const T = makeClass("T", [], { __slots__: newTuple(["c"]) });
    assert.equal(
      raises(() => makeClass("X", [S, T])),
      "TypeError: multiple bases have instance lay-out conflict",
    );
  });
});

describe("generic attribute access", () => {
  test("data descriptors beat the instance dict, which beats non-data descriptors", () => {
    const getter = method("g", () => "from property");
    const prop = call(propertyType, [getter]);
    const nonData = method("m", () => "from method");
    const A = makeClass("A", [], { p: prop, m: nonData, c: 7 });
    const a = call(A, []);
    assert.equal(call(getAttr(a, "m"), []), "from method");
    const d = getAttr(a, "__dict__") as PyDict;
    d.setStr("m", "instance m");
    d.setStr("p", "instance p");
    assert.equal(getAttr(a, "m"), "instance m");
    assert.equal(getAttr(a, "p"), "from property");
    assert.equal(getAttr(a, "c"), 7);
    assert.equal(
      raises(() => setAttr(a, "p", 1)),
      "AttributeError: property 'p' of 'A' object has no setter",
    );
    assert.equal(
      raises(() => getAttr(a, "nope")),
      "AttributeError: 'A' object has no attribute 'nope'",
    );
    assert.equal(
      raises(() => getAttr(A, "nope")),
      "AttributeError: type object 'A' has no attribute 'nope'",
    );
  });

  test("object() has no __dict__; builtin types are immutable", () => {
    const o = call(objectType, []);
    assert.equal(
      raises(() => setAttr(o, "x", 1)),
      "AttributeError: 'object' object has no attribute 'x' and no __dict__ for setting new attributes",
    );
    assert.equal(
      raises(() => setAttr(intType, "x", 1)),
      "TypeError: cannot set 'x' attribute of immutable type 'int'",
    );
    assert.match(repr(o), /^<object object at 0x[0-9a-f]+>$/);
  });

  test("AttributeError carries name and obj", () => {
    const o = call(objectType, []);
    try {
      getAttr(o, "missing");
      assert.fail("no exception");
    } catch (e) {
      assert.ok(e instanceof E.PyAttributeError);
      assert.equal(getAttr(e, "name"), "missing");
      assert.equal(getAttr(e, "obj"), o);
    }
  });

  test("object.__new__/__init__ excess arguments", () => {
    const A = makeClass("A");
    assert.equal(
      raises(() => call(A, [1])),
      "TypeError: A() takes no arguments",
    );
    assert.equal(
      raises(() => call(getAttr(objectType, "__init__"), [call(A, []), 1])),
      "TypeError: A.__init__() takes exactly one argument (the instance to initialize)",
    );
    assert.equal(
      raises(() => call(getAttr(objectType, "__new__"), [intType])),
      "TypeError: object.__new__(int) is not safe, use int.__new__()",
    );
  });
});

describe("slots and wrapper descriptors", () => {
  test("wrapper descriptors of builtin slots", () => {
    const add = getAttr(intType, "__add__");
    assert.equal(repr(add), "<slot wrapper '__add__' of 'int' objects>");
    assert.equal(call(add, [1, 2]), 3);
    assert.equal(
      raises(() => call(add, ["a", 2])),
      "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'",
    );
    assert.match(repr(getAttr(1, "__add__")), /^<method-wrapper '__add__' of int object at 0x[0-9a-f]+>$/);
    assert.equal(repr(getAttr(objectType, "__repr__")), "<slot wrapper '__repr__' of 'object' objects>");
    assert.equal(repr(getAttr(listType, "append")), "<method 'append' of 'list' objects>");
    assert.match(
      repr(getAttr(newList([]), "append")),
      /^<built-in method append of list object at 0x[0-9a-f]+>$/,
    );
  });

  test("object's namespace has CPython's entries in CPython's order", () => {
    const keys = [...objectType.attrs.keys()];
    assert.deepEqual(keys, [
      "__new__",
      "__repr__",
      "__hash__",
      "__str__",
      "__getattribute__",
      "__setattr__",
      "__delattr__",
      "__lt__",
      "__le__",
      "__eq__",
      "__ne__",
      "__gt__",
      "__ge__",
      "__init__",
      "__reduce_ex__",
      "__reduce__",
      "__getstate__",
      "__subclasshook__",
      "__init_subclass__",
      "__format__",
      "__sizeof__",
      "__dir__",
      "__class__",
      "__doc__",
    ]);
  });

  test("heap types inherit builtin slots and switch to generic ones on assignment", () => {
    const L = makeClass("L", [listType]);
    assert.equal(L.mp_length, listType.mp_length);
    const l = call(L, []);
    assert.equal(len(l), 0);
    setAttr(
      L,
      "__len__",
      method("__len__", () => 42),
    );
    assert.equal(L.mp_length, slotMpLength);
    assert.equal(len(l), 42);
    assert.equal(isTrue(l), true);
    const Sub = makeClass("Sub", [L]);
    assert.equal(len(call(Sub, [])), 42);
  });

  test("__eq__ without __hash__ makes instances unhashable; __repr__ result checked", () => {
    const H = makeClass("H", [], { __eq__: method("__eq__", () => true) });
    assert.equal(getAttr(H, "__hash__"), None);
    assert.equal(
      raises(() => hash(call(H, []))),
      "TypeError: unhashable type: 'H'",
    );
    const R = makeClass("R", [], { __repr__: method("__repr__", () => 1) });
    assert.equal(
      raises(() => repr(call(R, []))),
      "TypeError: __repr__ returned non-string (type int)",
    );
    const Bo = makeClass("Bo", [], { __bool__: method("__bool__", () => 1) });
    assert.equal(
      raises(() => isTrue(call(Bo, []))),
      "TypeError: __bool__ should return bool, returned int",
    );
    const Ln = makeClass("Ln", [], { __len__: method("__len__", () => -1) });
    assert.equal(
      raises(() => len(call(Ln, []))),
      "ValueError: __len__() should return >= 0",
    );
  });

  test("a builtin type created after readyAllTypes() is readied on first use", () => {
    const late = makeBuiltinType("late_type");
    const o = new PyObject(late);
    assert.match(repr(o), /^<late_type object at 0x[0-9a-f]+>$/);
    assert.equal(
      raises(() => getAttr(o, "x")),
      "AttributeError: 'late_type' object has no attribute 'x'",
    );
    assert.equal(repr(getAttr(late, "__repr__")), "<slot wrapper '__repr__' of 'object' objects>");
  });

  test("isinstance and issubclass", () => {
    const A = makeClass("A");
    const B = makeClass("B", [A]);
    const b = call(B, []);
    assert.equal(isInstance(b, A), true);
    assert.equal(isInstance(b, newTuple([intType, A])), true);
    assert.equal(isInstance(1, A), false);
  });
});

describe("super", () => {
  test("super(B, b) lookups, with and without creating the super object", () => {
    const mA = method("m", () => "A.m");
    const A = makeClass("A", [], { m: mA });
    const B = makeClass("B", [A], { m: method("m", () => "B.m") });
    const b = call(B, []);
    assert.equal(superLookup(B, b, "m", true), mA);
    assert.equal(methodLookup.unbound, true);
    assert.equal(call(superLookup(B, b, "m", false), []), "A.m");
    assert.equal(methodLookup.unbound, false);
    assert.equal(call(getAttr(newSuper(B, b), "m"), []), "A.m");
    assert.equal(
      raises(() => superLookup(B, b, "zz", false)),
      "AttributeError: 'super' object has no attribute 'zz'",
    );
    assert.equal(
      raises(() => superLookup(A, 1, "m", false)),
      "TypeError: super(type, obj): obj (instance of int) is not an instance or subtype of type (A).",
    );
  });
});

describe("exceptions", () => {
  test("str and repr", () => {
    const exc = (t: PyType, ...args: PyValue[]) => call(t, args);
    assert.equal(repr(exc(E.PyExc_ValueError, "a", 1)), "ValueError('a', 1)");
    assert.equal(repr(exc(E.PyExc_KeyError, "a")), "KeyError('a')");
    assert.equal(str(exc(E.PyExc_KeyError, "a")), "'a'");
    assert.equal(str(exc(E.PyExc_KeyError)), "");
    assert.equal(str(exc(E.PyExc_KeyError, 1, 2)), "(1, 2)");
    assert.equal(repr(exc(E.PyExc_BaseException)), "BaseException()");
    assert.equal(str(exc(E.PyExc_SyntaxError, "m", newTuple(["/a/f.py", 3, 4, "txt"]))), "m (f.py, line 3)");
    assert.equal(str(exc(E.PyExc_SyntaxError, "m", newTuple([None, 3, 4, "txt"]))), "m (line 3)");
    assert.equal(
      raises(() => exc(E.PyExc_SyntaxError, "m", newTuple([1, 2]))),
      "TypeError: function takes at least 4 arguments (2 given)",
    );
    assert.equal(
      str(
        exc(
          E.PyExc_UnicodeDecodeError,
          "utf-8",
          new PyBytes(new Uint8Array([0xff, 0xfe])),
          0,
          1,
          "invalid start byte",
        ),
      ),
      "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    );
    assert.equal(
      str(exc(E.PyExc_UnicodeEncodeError, "ascii", "\xe9\u{12345}", 1, 2, "ordinal")),
      "'ascii' codec can't encode character '\\U00012345' in position 1: ordinal",
    );
    assert.equal(
      raises(() => call(E.PyExc_ValueError, [1], ["x"])),
      "TypeError: ValueError() takes no keyword arguments",
    );
  });

  test("OSError fields and errno mapping (Linux errno numbers, as native CPython)", () => {
    const e = call(E.PyExc_OSError, [2, "No such", "f", None, "g"]);
    assert.equal(repr(e), "FileNotFoundError(2, 'No such')");
    assert.equal(str(e), "[Errno 2] No such: 'f' -> 'g'");
    assert.equal(repr(getAttr(e, "args")), "(2, 'No such')");
    assert.equal(str(call(E.PyExc_OSError, [99999, "x"])), "[Errno 99999] x");
    assert.equal(str(call(E.PyExc_OSError, [2])), "2");
    assert.equal(
      raises(() => getAttr(call(E.PyExc_OSError, []), "characters_written")),
      "AttributeError: characters_written",
    );
  });

  test("StopIteration.value, SystemExit.code, ImportError.msg", () => {
    assert.equal(getAttr(call(E.PyExc_StopIteration, [1, 2]), "value"), 1);
    assert.equal(getAttr(call(E.PyExc_SystemExit, []), "code"), None);
    assert.equal(repr(getAttr(call(E.PyExc_SystemExit, [1, 2]), "code")), "(1, 2)");
    assert.equal(str(call(E.PyExc_ImportError, ["a", "b"])), "('a', 'b')");
    assert.equal(
      raises(() => call(E.PyExc_ImportError, ["a", "x", 1], ["name", "foo"])),
      "TypeError: ImportError() got an unexpected keyword argument 'foo'",
    );
  });

  test("exception groups", () => {
    const v1 = call(E.PyExc_ValueError, [1]);
    const t2 = call(E.PyExc_TypeError, [2]);
    const eg = call(E.PyExc_ExceptionGroup, ["m", newList([v1, t2])]);
    assert.equal(repr(eg), "ExceptionGroup('m', [ValueError(1), TypeError(2)])");
    assert.equal(str(call(E.PyExc_ExceptionGroup, ["m", newList([v1])])), "m (1 sub-exception)");
    assert.equal(
      repr(call(getAttr(eg, "split"), [E.PyExc_ValueError])),
      "(ExceptionGroup('m', [ValueError(1)]), ExceptionGroup('m', [TypeError(2)]))",
    );
    const ki = call(E.PyExc_KeyboardInterrupt, []);
    assert.equal(
      raises(() => call(E.PyExc_ExceptionGroup, ["m", newList([ki])])),
      "TypeError: Cannot nest BaseExceptions in an ExceptionGroup",
    );
    assert.equal(
      repr(call(E.PyExc_BaseExceptionGroup, ["m", newList([v1])])),
      "ExceptionGroup('m', [ValueError(1)])",
    );
    assert.equal(
      raises(() => call(E.PyExc_ExceptionGroup, ["m", newList([])])),
      "ValueError: second argument (exceptions) must be a non-empty sequence",
    );
    assert.equal(
      raises(() => call(getAttr(eg, "add_note"), [1])),
      "TypeError: add_note() argument must be str, not int",
    );
    assert.equal(lookupAttr(eg, "__notes__"), undefined);
  });
});
