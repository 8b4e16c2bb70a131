// PyTraceBack_Here: records that an exception passed through a frame.
import type { PyBaseException } from "../objects/exceptions.ts";
import { PyTraceback } from "../objects/traceback.ts";
import type { Frame } from "./frame.ts";

export function tracebackHere(exc: PyBaseException, frame: Frame): void {
  exc.traceback = new PyTraceback(exc.traceback, frame, frame.lasti);
  frame.pinned = true;
}
