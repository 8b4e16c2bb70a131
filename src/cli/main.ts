// The `typhon` command: CPython's command line (Modules/main.c) over the Node host.
import path from "node:path";
import { runInteractive, runModule, runProgram } from "../api/run.ts";
import { HostError } from "../host/host.ts";
import { NodeHost } from "../host/node.ts";
import { setHashSeed } from "../objects/hash.ts";
import { parseArgs, UsageError } from "./args.ts";
import { ENV_HELP, TYPHON_VERSION, tryHelp, USAGE_HELP, usageLine, VERSION, XOPTIONS_HELP } from "./help.ts";

const PROG = "typhon";

function main(): number {
  const host = new NodeHost();
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(host.argv);
  } catch (e) {
    if (e instanceof UsageError) {
      host.writeStderr(`${e.message}\n${usageLine(PROG)}${tryHelp()}`);
      return 2;
    }
    throw e;
  }
  // PYTHONHASHSEED (Python/initconfig.c config_init_hash_seed), ignored under -E/-I.
  const seedText = opts.ignoreEnvironment ? undefined : host.env.PYTHONHASHSEED;
  if (seedText === undefined || seedText === "" || seedText === "random") setHashSeed(null);
  else {
    const seed = /^\d+$/.test(seedText) ? Number(seedText) : Number.NaN;
    if (!(seed >= 0 && seed <= 4294967295)) {
      host.writeStderr(
        'Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n',
      );
      return 1;
    }
    setHashSeed(seed);
  }
  if (opts.help) {
    let text = usageLine(PROG);
    if (opts.help === "usage" || opts.help === "all") text += USAGE_HELP;
    if (opts.help === "env" || opts.help === "all") text += (opts.help === "all" ? "\n" : "") + ENV_HELP;
    if (opts.help === "xoptions" || opts.help === "all")
      text += (opts.help === "all" ? "\n" : "") + XOPTIONS_HELP;
    host.writeStdout(text);
    return 0;
  }
  if (opts.version) {
    host.writeStdout(
      opts.version > 1
        ? `Python ${VERSION} (typhon ${TYPHON_VERSION}) [Node.js ${process.versions.node}]\n`
        : `Python ${VERSION}\n`,
    );
    return 0;
  }
  const warnOptions = configWarnOptions(opts, host.env);
  const options = {
    ignoreEnvironment: opts.ignoreEnvironment,
    isolated: opts.isolated,
    safePath: opts.safePath || (!opts.ignoreEnvironment && !!host.env.PYTHONSAFEPATH),
  };
  if (opts.command !== null) {
    return runProgram(host, {
      source: new TextEncoder().encode(opts.command),
      filename: "<string>",
      argv: ["-c", ...opts.args],
      warnOptions,
      options,
    });
  }
  if (opts.module !== null) {
    return runModule(host, opts.module, {
      source: new Uint8Array(0),
      filename: "<run_module>",
      argv: ["-m", ...opts.args],
      warnOptions,
      options,
    });
  }
  if (opts.file === null && (host.stdinIsTTY() || opts.inspect)) {
    const banner = opts.quiet
      ? null
      : `Python ${VERSION} (typhon ${TYPHON_VERSION}) [Node.js ${process.versions.node}] on ${host.platform}\n` +
        'Type "help", "copyright", "credits" or "license" for more information.\n';
    return runInteractive(
      host,
      { source: new Uint8Array(0), filename: "<stdin>", argv: [""], warnOptions, options },
      banner,
    );
  }
  if (opts.file === null || opts.file === "-") {
    const source = host.readStdin();
    return runProgram(host, {
      source,
      filename: "<stdin>",
      argv: [opts.file ?? "", ...opts.args],
      warnOptions,
      options,
    });
  }
  const abs = path.resolve(opts.file);
  let source: Uint8Array;
  try {
    const st = host.stat(abs);
    if (st?.isDirectory) {
      host.writeStderr(`${PROG}: can't find '__main__' module in '${opts.file}'\n`);
      return 1;
    }
    source = host.readFile(abs);
  } catch (e) {
    if (e instanceof HostError) {
      host.writeStderr(`${PROG}: can't open file '${abs}': [Errno ${e.errno}] ${strerror(e.code)}\n`);
      return 2;
    }
    throw e;
  }
  return runProgram(host, { source, filename: abs, argv: [opts.file, ...opts.args], warnOptions });
}

/**
 * sys.warnoptions (Python/initconfig.c config_init_warnoptions), lowest priority first: -X dev,
 * PYTHONWARNINGS (comma-separated, ignored under -E/-I), the -W options, then -b/-bb.
 */
function configWarnOptions(
  opts: ReturnType<typeof parseArgs>,
  env: Record<string, string | undefined>,
): string[] {
  const out: string[] = [];
  if (opts.xOptions.includes("dev")) out.push("default");
  const envText = opts.ignoreEnvironment || opts.isolated ? undefined : env.PYTHONWARNINGS;
  if (envText) for (const w of envText.split(",")) if (w !== "") out.push(w);
  out.push(...opts.warnOptions);
  if (opts.bytesWarning > 1) out.push("error::BytesWarning");
  else if (opts.bytesWarning === 1) out.push("default::BytesWarning");
  return out;
}

function strerror(code: string): string {
  const messages: Record<string, string> = {
    ENOENT: "No such file or directory",
    EACCES: "Permission denied",
    EISDIR: "Is a directory",
    ENOTDIR: "Not a directory",
  };
  return messages[code] ?? code;
}

let status: number;
try {
  status = main();
} catch (e) {
  // An internal failure must never show a JS stack trace: report it as CPython reports a
  // SystemError, naming the place, and exit 1.
  const where = e instanceof Error ? (e.stack?.split("\n")[1]?.trim() ?? "") : "";
  process.stderr.write(
    `SystemError: internal error in typhon: ${e instanceof Error ? e.message : String(e)} (${where})\n`,
  );
  status = 1;
}
process.exitCode = status;
