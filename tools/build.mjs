// Builds the bundles with esbuild: dist/cli.mjs (the `typhon` command) and dist/typhon.mjs (the
// library). Run by `npm install` (prepare) and `npm run build`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  absWorkingDir: root,
  external: ["pyodide"],
};
await Promise.all([
  esbuild.build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.mjs" }),
  esbuild.build({ ...common, entryPoints: ["src/api/index.ts"], outfile: "dist/typhon.mjs" }),
  // The parser alone, for tools/dump-ast.mjs, the parser test suites and the parse benchmark.
  esbuild.build({ ...common, entryPoints: ["src/parser/index.ts"], outfile: "dist/parser.mjs" }),
]);
