// Worker thread for tests/parser/fuzz.mjs: imports the parser bundle once, then parses each source
// it is sent and reports the outcome: "tree", "error" (a well-formed ParseError) or "crash" (any
// other exception, a malformed ParseError, or a failure of dumpAst on the tree).
import { parentPort, workerData } from "node:worker_threads";
import { describeCrash, loadParser } from "./common.mjs";

const KINDS = new Set(["SyntaxError", "IndentationError", "TabError"]);

/** Why a ParseError is not well-formed, or null if it is. */
function malformed(e) {
  if (!KINDS.has(e.kind)) return `bad kind ${JSON.stringify(e.kind)}`;
  if (typeof e.msg !== "string" || e.msg === "") return `bad msg ${JSON.stringify(e.msg)}`;
  for (const field of ["lineno", "offset", "end_lineno", "end_offset"]) {
    const v = e[field];
    if (v !== null && v !== undefined && !Number.isInteger(v)) return `bad ${field} ${String(v)}`;
  }
  return null;
}

function outcome(parser, source) {
  let tree;
  try {
    tree = parser.parse(source, "<fuzz>", "exec");
  } catch (e) {
    if (!(e instanceof parser.ParseError)) return { kind: "crash", detail: describeCrash(e) };
    const bad = malformed(e);
    return bad ? { kind: "crash", detail: `malformed ParseError (${bad}): ${e.msg}` } : { kind: "error" };
  }
  try {
    parser.dumpAst(tree, { includeAttributes: true });
  } catch (e) {
    return { kind: "crash", detail: `dumpAst: ${describeCrash(e)}` };
  }
  return { kind: "tree" };
}

const parser = await loadParser(workerData?.bundle);
if (parser.error) {
  parentPort.postMessage({ ready: false, error: parser.error });
} else {
  parentPort.on("message", ({ id, source }) => {
    parentPort.postMessage({ id, ...outcome(parser, source) });
  });
  parentPort.postMessage({ ready: true });
}
