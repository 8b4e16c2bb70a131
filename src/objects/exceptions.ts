// The exception hierarchy (Objects/exceptions.c): the BaseException layout and every builtin
// exception type as a shell. Behaviour (__init__, __str__, attributes of PyExc_OSError, PyExc_SyntaxError,
// ...) is filled in by src/objects/exception-methods.ts.
//
// Exception types are exported as PyExc_<Name>, as in CPython (and so as not to shadow JS globals).
// Python exceptions are thrown as JS values: `throw exc` where exc is a PyBaseException. It is
// not a JS Error, so throwing captures no JS stack (cheap). JS errors that escape TypeScript code
// are converted by the VM: RangeError (stack overflow) to PyExc_RecursionError, others to PyExc_SystemError.
import { PyObject, type PyValue } from "./object.ts";
import { None } from "./singletons.ts";
import { EMPTY_TUPLE, newTuple, type PyTuple } from "./tuple.ts";
import { type PyType, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_BASETYPE } from "./type.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** __traceback__: a traceback object or None. */
  traceback: PyValue;
  /** __cause__ (None or an exception). */
  cause: PyValue;
  /** __context__ (None or an exception). */
  context: PyValue;
  suppressContext: boolean;

  constructor(type: PyType, args: PyTuple = EMPTY_TUPLE) {
    super(type);
    this.args = args;
    this.traceback = None;
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
  }
}

// ---- layouts of the exception types that carry fields (CPython's Py*Object structs) ----
// A field that was never set is `null` (CPython's NULL); Python-visible defaults are None.

export class PyStopIteration extends PyBaseException {
  value: PyValue = None;
}
export class PySystemExit extends PyBaseException {
  code: PyValue = None;
}
export class PyImportError extends PyBaseException {
  msg: PyValue = None;
  name: PyValue = None;
  path: PyValue = None;
  nameFrom: PyValue = None;
}
export class PyOSError extends PyBaseException {
  errno: PyValue = None;
  strerror: PyValue = None;
  filename: PyValue = None;
  filename2: PyValue = None;
  winerror: PyValue = None;
  /** BlockingIOError.characters_written; -1 = unset. */
  written = -1;
}
export class PySyntaxError extends PyBaseException {
  msg: PyValue = None;
  filename: PyValue = None;
  lineno: PyValue = None;
  offset: PyValue = None;
  text: PyValue = None;
  endLineno: PyValue = None;
  endOffset: PyValue = None;
  printFileAndLine: PyValue = None;
  metadata: PyValue = None;
}
export class PyAttributeError extends PyBaseException {
  name: PyValue = None;
  obj: PyValue = None;
}
export class PyNameError extends PyBaseException {
  name: PyValue = None;
}
export class PyUnicodeError extends PyBaseException {
  encoding: PyValue = None;
  object: PyValue = None;
  start = 0;
  end = 0;
  reason: PyValue = None;
}
export class PyBaseExceptionGroup extends PyBaseException {
  msg: PyValue = None;
  /** The exceptions, as a tuple. */
  excs: PyTuple = EMPTY_TUPLE;
  /** The sequence given to the constructor (its repr is shown). */
  excsOrig: PyValue = None;
}

export type ExceptionCtor = new (type: PyType, args?: PyTuple) => PyBaseException;
/** The TS class of each exception type that has its own layout. */
export const exceptionLayouts = new Map<PyType, ExceptionCtor>();

/** The layout class for instances of `t` (its nearest base with a registered layout). */
export function exceptionLayoutOf(t: PyType): ExceptionCtor {
  for (let c: PyType | null = t; c !== null; c = c.base) {
    const k = exceptionLayouts.get(c);
    if (k !== undefined) return k;
  }
  return PyBaseException;
}

/**
 * Creates an exception instance from TypeScript as calling `type(*args)` would for builtin
 * exception types (fields such as OSError.errno filled, OSError(2, ...) giving FileNotFoundError).
 * Installed by exception-methods.ts; until then it only sets args.
 */
export const exceptionHooks = {
  create: (type: PyType, args: readonly PyValue[]): PyBaseException =>
    new (exceptionLayoutOf(type))(type, newTuple(args)),
};

function exc(name: string, base: PyType | PyType[]): PyType {
  const bases = Array.isArray(base) ? base : [base];
  const t = makeBuiltinType(name, bases, TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
  t.hasInstanceDict = true;
  return t;
}

export const PyExc_BaseException = exc("BaseException", objectType);
export const PyExc_BaseExceptionGroup = exc("BaseExceptionGroup", PyExc_BaseException);
export const PyExc_GeneratorExit = exc("GeneratorExit", PyExc_BaseException);
export const PyExc_KeyboardInterrupt = exc("KeyboardInterrupt", PyExc_BaseException);
export const PyExc_SystemExit = exc("SystemExit", PyExc_BaseException);
export const PyExc_Exception = exc("Exception", PyExc_BaseException);
export const PyExc_ArithmeticError = exc("ArithmeticError", PyExc_Exception);
export const PyExc_FloatingPointError = exc("FloatingPointError", PyExc_ArithmeticError);
export const PyExc_OverflowError = exc("OverflowError", PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError = exc("ZeroDivisionError", PyExc_ArithmeticError);
export const PyExc_AssertionError = exc("AssertionError", PyExc_Exception);
export const PyExc_AttributeError = exc("AttributeError", PyExc_Exception);
export const PyExc_BufferError = exc("BufferError", PyExc_Exception);
export const PyExc_EOFError = exc("EOFError", PyExc_Exception);
export const PyExc_ExceptionGroup = exc("ExceptionGroup", [PyExc_BaseExceptionGroup, PyExc_Exception]);
export const PyExc_ImportError = exc("ImportError", PyExc_Exception);
export const PyExc_ModuleNotFoundError = exc("ModuleNotFoundError", PyExc_ImportError);
export const PyExc_LookupError = exc("LookupError", PyExc_Exception);
export const PyExc_IndexError = exc("IndexError", PyExc_LookupError);
export const PyExc_KeyError = exc("KeyError", PyExc_LookupError);
export const PyExc_MemoryError = exc("MemoryError", PyExc_Exception);
export const PyExc_NameError = exc("NameError", PyExc_Exception);
export const PyExc_UnboundLocalError = exc("UnboundLocalError", PyExc_NameError);
export const PyExc_OSError = exc("OSError", PyExc_Exception);
export const PyExc_BlockingIOError = exc("BlockingIOError", PyExc_OSError);
export const PyExc_ChildProcessError = exc("ChildProcessError", PyExc_OSError);
export const PyExc_ConnectionError = exc("ConnectionError", PyExc_OSError);
export const PyExc_BrokenPipeError = exc("BrokenPipeError", PyExc_ConnectionError);
export const PyExc_ConnectionAbortedError = exc("ConnectionAbortedError", PyExc_ConnectionError);
export const PyExc_ConnectionRefusedError = exc("ConnectionRefusedError", PyExc_ConnectionError);
export const PyExc_ConnectionResetError = exc("ConnectionResetError", PyExc_ConnectionError);
export const PyExc_FileExistsError = exc("FileExistsError", PyExc_OSError);
export const PyExc_FileNotFoundError = exc("FileNotFoundError", PyExc_OSError);
export const PyExc_InterruptedError = exc("InterruptedError", PyExc_OSError);
export const PyExc_IsADirectoryError = exc("IsADirectoryError", PyExc_OSError);
export const PyExc_NotADirectoryError = exc("NotADirectoryError", PyExc_OSError);
export const PyExc_PermissionError = exc("PermissionError", PyExc_OSError);
export const PyExc_ProcessLookupError = exc("ProcessLookupError", PyExc_OSError);
export const PyExc_TimeoutError = exc("TimeoutError", PyExc_OSError);
export const PyExc_ReferenceError = exc("ReferenceError", PyExc_Exception);
export const PyExc_RuntimeError = exc("RuntimeError", PyExc_Exception);
export const PyExc_NotImplementedError = exc("NotImplementedError", PyExc_RuntimeError);
export const PyExc_PythonFinalizationError = exc("PythonFinalizationError", PyExc_RuntimeError);
export const PyExc_RecursionError = exc("RecursionError", PyExc_RuntimeError);
export const PyExc_StopAsyncIteration = exc("StopAsyncIteration", PyExc_Exception);
export const PyExc_StopIteration = exc("StopIteration", PyExc_Exception);
export const PyExc_SyntaxError = exc("SyntaxError", PyExc_Exception);
export const PyExc_IndentationError = exc("IndentationError", PyExc_SyntaxError);
export const PyExc_TabError = exc("TabError", PyExc_IndentationError);
export const PyExc_IncompleteInputError = exc("_IncompleteInputError", PyExc_SyntaxError);
export const PyExc_SystemError = exc("SystemError", PyExc_Exception);
export const PyExc_TypeError = exc("TypeError", PyExc_Exception);
export const PyExc_ValueError = exc("ValueError", PyExc_Exception);
export const PyExc_UnicodeError = exc("UnicodeError", PyExc_ValueError);
export const PyExc_UnicodeDecodeError = exc("UnicodeDecodeError", PyExc_UnicodeError);
export const PyExc_UnicodeEncodeError = exc("UnicodeEncodeError", PyExc_UnicodeError);
export const PyExc_UnicodeTranslateError = exc("UnicodeTranslateError", PyExc_UnicodeError);
export const PyExc_Warning = exc("Warning", PyExc_Exception);
export const PyExc_BytesWarning = exc("BytesWarning", PyExc_Warning);
export const PyExc_DeprecationWarning = exc("DeprecationWarning", PyExc_Warning);
export const PyExc_EncodingWarning = exc("EncodingWarning", PyExc_Warning);
export const PyExc_FutureWarning = exc("FutureWarning", PyExc_Warning);
export const PyExc_ImportWarning = exc("ImportWarning", PyExc_Warning);
export const PyExc_PendingDeprecationWarning = exc("PendingDeprecationWarning", PyExc_Warning);
export const PyExc_ResourceWarning = exc("ResourceWarning", PyExc_Warning);
export const PyExc_RuntimeWarning = exc("RuntimeWarning", PyExc_Warning);
export const PyExc_SyntaxWarning = exc("SyntaxWarning", PyExc_Warning);
export const PyExc_UnicodeWarning = exc("UnicodeWarning", PyExc_Warning);
export const PyExc_UserWarning = exc("UserWarning", PyExc_Warning);

exceptionLayouts.set(PyExc_BaseException, PyBaseException);
exceptionLayouts.set(PyExc_StopIteration, PyStopIteration);
exceptionLayouts.set(PyExc_SystemExit, PySystemExit);
exceptionLayouts.set(PyExc_ImportError, PyImportError);
exceptionLayouts.set(PyExc_OSError, PyOSError);
exceptionLayouts.set(PyExc_SyntaxError, PySyntaxError);
exceptionLayouts.set(PyExc_AttributeError, PyAttributeError);
exceptionLayouts.set(PyExc_NameError, PyNameError);
exceptionLayouts.set(PyExc_UnicodeError, PyUnicodeError);
exceptionLayouts.set(PyExc_BaseExceptionGroup, PyBaseExceptionGroup);
// These types' instances have a layout of their own (for "multiple bases have instance lay-out conflict").
for (const t of exceptionLayouts.keys()) t.ownLayout = true;
