// Generator, coroutine and async generator objects (Objects/genobject.c): a suspended frame plus
// its own exc_info entry. Resuming, throwing and closing are done by the VM (src/vm/gen.ts),
// which installs the methods and slots of these types.
import type { ExcStackItem, Frame } from "../vm/frame.ts";
import type { PyCode } from "./code.ts";
import { PyObject } from "./object.ts";
import { None } from "./singletons.ts";
import type { PyType } from "./type.ts";

// Generator states (CPython's frame states as gi_frame_state reports them).
export const GEN_CREATED = 0;
export const GEN_SUSPENDED = 1;
export const GEN_RUNNING = 2;
export const GEN_COMPLETED = 3;

export class PyGen extends PyObject {
  /** The generator's frame; kept after completion (gi_frame is then None). */
  frame: Frame;
  code: PyCode;
  state: number;
  name: string;
  qualname: string;
  /** gi_exc_state: the exception being handled inside the generator while it is suspended. */
  excState: ExcStackItem;
  /** For coroutines: the coroutine's origin tracking and "was awaited" state. */
  awaited: boolean;
  /** For async generators: hooks ran, running asend/athrow. */
  agRunning: boolean;
  agClosed: boolean;

  constructor(type: PyType, frame: Frame, name: string, qualname: string) {
    super(type);
    this.frame = frame;
    this.code = frame.code;
    this.state = GEN_CREATED;
    this.name = name;
    this.qualname = qualname;
    this.excState = { value: None, previous: null };
    this.awaited = false;
    this.agRunning = false;
    this.agClosed = false;
  }
}
