// The exception hierarchy (Objects/exceptions.c): the BaseException layout and every builtin
// exception type as a shell. Behaviour (__init__, __str__, attributes of OSError, SyntaxError,
// ...) is filled in by src/objects/exception-methods.ts.
//
// Python exceptions are thrown as JS values: `throw exc` where exc is a PyBaseException. It is
// not a JS Error, so throwing captures no JS stack (cheap). JS errors that escape TypeScript code
// are converted by the VM: RangeError (stack overflow) to RecursionError, others to SystemError.
import { PyObject, type PyValue } from "./object.ts";
import { None } from "./singletons.ts";
import { EMPTY_TUPLE, type PyTuple } from "./tuple.ts";
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

function exc(name: string, base: PyType | PyType[]): PyType {
  const bases = Array.isArray(base) ? base : [base];
  const t = makeBuiltinType(name, bases, TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
  t.hasInstanceDict = true;
  return t;
}

export const BaseException = exc("BaseException", objectType);
export const BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const SystemExit = exc("SystemExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ExceptionGroup = exc("ExceptionGroup", [BaseExceptionGroup, Exception]);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const FileExistsError = exc("FileExistsError", OSError);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const InterruptedError = exc("InterruptedError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const PythonFinalizationError = exc("PythonFinalizationError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const StopIteration = exc("StopIteration", Exception);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const IncompleteInputError = exc("_IncompleteInputError", SyntaxError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const BytesWarning = exc("BytesWarning", Warning);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const EncodingWarning = exc("EncodingWarning", Warning);
export const FutureWarning = exc("FutureWarning", Warning);
export const ImportWarning = exc("ImportWarning", Warning);
export const PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
export const ResourceWarning = exc("ResourceWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
export const SyntaxWarning = exc("SyntaxWarning", Warning);
export const UnicodeWarning = exc("UnicodeWarning", Warning);
export const UserWarning = exc("UserWarning", Warning);
