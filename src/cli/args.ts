// Command-line parsing with the rules of CPython's Python/getopt.c and Python/initconfig.c:
// short options may be bundled (-uc CODE), -c/-m end the option list, "-" means stdin,
// "--" ends options, and errors print CPython's messages followed by the usage line (exit 2).

export interface CliOptions {
  command: string | null; // -c
  module: string | null; // -m
  file: string | null; // a script path, or "-" for stdin
  args: string[]; // becomes sys.argv[1:]
  unbuffered: boolean; // -u
  ignoreEnvironment: boolean; // -E
  isolated: boolean; // -I
  noSite: boolean; // -S
  noUserSite: boolean; // -s
  safePath: boolean; // -P
  inspect: boolean; // -i
  quiet: boolean; // -q
  verbose: number; // -v
  optimize: number; // -O
  bytesWarning: number; // -b
  dontWriteBytecode: boolean; // -B
  skipFirstLine: boolean; // -x
  warnOptions: string[]; // -W
  xOptions: string[]; // -X
  version: number; // -V count
  help: "" | "usage" | "env" | "xoptions" | "all";
  checkHashBasedPycs: string;
}

export class UsageError extends Error {}

const SHORT_WITH_ARG = new Set(["c", "m", "W", "X"]);
const SHORT_FLAGS = new Set([
  "b",
  "B",
  "d",
  "E",
  "h",
  "i",
  "I",
  "O",
  "P",
  "q",
  "R",
  "s",
  "S",
  "t",
  "u",
  "v",
  "V",
  "x",
  "?",
]);

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    command: null,
    module: null,
    file: null,
    args: [],
    unbuffered: false,
    ignoreEnvironment: false,
    isolated: false,
    noSite: false,
    noUserSite: false,
    safePath: false,
    inspect: false,
    quiet: false,
    verbose: 0,
    optimize: 0,
    bytesWarning: 0,
    dontWriteBytecode: false,
    skipFirstLine: false,
    warnOptions: [],
    xOptions: [],
    version: 0,
    help: "",
    checkHashBasedPycs: "default",
  };
  let i = 0;
  outer: while (i < argv.length) {
    const arg = argv[i];
    if (arg === "--") {
      i++;
      break;
    }
    if (arg.startsWith("--")) {
      const name = arg.slice(2);
      if (name === "help") o.help = "usage";
      else if (name === "version") o.version++;
      else if (name === "help-env") o.help = "env";
      else if (name === "help-xoptions") o.help = "xoptions";
      else if (name === "help-all") o.help = "all";
      else if (name === "check-hash-based-pycs") {
        if (i + 1 >= argv.length)
          throw new UsageError("Argument expected for the --check-hash-based-pycs option");
        o.checkHashBasedPycs = argv[++i];
      } else throw new UsageError(`unknown option ${arg}`);
      i++;
      continue;
    }
    if (arg === "-" || !arg.startsWith("-")) break;
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j];
      if (SHORT_WITH_ARG.has(c)) {
        let value: string;
        if (j + 1 < arg.length) value = arg.slice(j + 1);
        else if (i + 1 < argv.length) value = argv[++i];
        else throw new UsageError(`Argument expected for the -${c} option`);
        i++;
        if (c === "c") {
          o.command = value;
          o.args = argv.slice(i);
          return o;
        }
        if (c === "m") {
          o.module = value;
          o.args = argv.slice(i);
          return o;
        }
        if (c === "W") o.warnOptions.push(value);
        else o.xOptions.push(value);
        continue outer;
      }
      if (!SHORT_FLAGS.has(c)) throw new UsageError(`Unknown option: -${c}`);
      switch (c) {
        case "b":
          o.bytesWarning++;
          break;
        case "B":
          o.dontWriteBytecode = true;
          break;
        case "E":
          o.ignoreEnvironment = true;
          break;
        case "h":
        case "?":
          o.help = "usage";
          break;
        case "i":
          o.inspect = true;
          break;
        case "I":
          o.isolated = true;
          o.ignoreEnvironment = true;
          o.noUserSite = true;
          o.safePath = true;
          break;
        case "O":
          o.optimize++;
          break;
        case "P":
          o.safePath = true;
          break;
        case "q":
          o.quiet = true;
          break;
        case "s":
          o.noUserSite = true;
          break;
        case "S":
          o.noSite = true;
          break;
        case "u":
          o.unbuffered = true;
          break;
        case "v":
          o.verbose++;
          break;
        case "V":
          o.version++;
          break;
        case "x":
          o.skipFirstLine = true;
          break;
        default:
          // -d, -R, -t: accepted and ignored, as in CPython release builds
          break;
      }
    }
    i++;
  }
  if (i < argv.length) {
    o.file = argv[i];
    o.args = argv.slice(i + 1);
  }
  return o;
}
