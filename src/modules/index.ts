// The builtin modules written in TypeScript, by name: the import system creates each one the
// first time it is imported. Add your module with one line (several engineers edit this list).
import type { PyModule } from "../objects/module.ts";
import { createBisectModule } from "./_bisect.ts";
import { createCollectionsModule } from "./_collections.ts";
import { createContextvarsModule } from "./_contextvars.ts";
import { createFunctoolsModule } from "./_functools.ts";
import { createHeapqModule } from "./_heapq.ts";
import { createImpModule } from "./_imp.ts";
import { createIoModule } from "./_io/index.ts";
import { createOperatorModule } from "./_operator.ts";
import { createSreModule } from "./_sre/index.ts";
import { createStringModule } from "./_string.ts";
import { createThreadModule } from "./_thread.ts";
import { createTypingModule } from "./_typing.ts";
import { createWarningsModule } from "./_warnings.ts";
import { createWeakrefModule } from "./_weakref.ts";
import { createAtexitModule } from "./atexit.ts";
import { createErrnoModule } from "./errno.ts";
import { createGcModule } from "./gc.ts";
import { createItertoolsModule } from "./itertools.ts";
import { createMarshalModule } from "./marshal.ts";
import { createMathModule } from "./math.ts";
import { createPosixModule } from "./posix.ts";
import { createTimeModule } from "./time.ts";
import { createZipimportModule } from "./zipimport.ts";

export const builtinModuleFactories = new Map<string, () => PyModule>([
  ["math", createMathModule],
  ["itertools", createItertoolsModule],
  ["_collections", createCollectionsModule],
  ["_operator", createOperatorModule],
  ["_heapq", createHeapqModule],
  ["_bisect", createBisectModule],
  ["_string", createStringModule],
  ["errno", createErrnoModule],
  ["atexit", createAtexitModule],
  ["gc", createGcModule],
  ["time", createTimeModule],
  ["_io", createIoModule],
  ["_functools", createFunctoolsModule],
  ["_sre", createSreModule],
  ["_typing", createTypingModule],
  ["_warnings", createWarningsModule],
  ["_imp", createImpModule],
  ["_thread", createThreadModule],
  ["_weakref", createWeakrefModule],
  ["posix", createPosixModule],
  ["marshal", createMarshalModule],
  ["zipimport", createZipimportModule],
  ["_contextvars", createContextvarsModule],
]);
