#!/usr/bin/env node
/**
 * `npm run analyze`: start the analysis CLI (scripts/analyze.ts) from its bundle, build/analyze.cjs,
 * so no TypeScript is compiled at start. The bundle is rebuilt with esbuild (~0.3 s) only when a
 * source is newer than it (lib/, scripts/analyze*.ts, package-lock.json), e.g. on the first run
 * after a checkout or an edit. `node scripts/analyze.mjs --build` only builds it.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "build", "analyze.cjs");
const sources = ["lib", "scripts/analyze.ts", "scripts/analyze-readers.ts", "scripts/analyze.mjs", "package-lock.json", "tsconfig.json"];

function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) if (name !== "node_modules" && !name.startsWith(".")) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

export async function buildCli() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: [path.join(root, "scripts", "analyze.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: bundle,
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    legalComments: "none",
  });
}

const onlyBuild = process.argv[2] === "--build";
const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
if (onlyBuild || sources.some((s) => newest(path.join(root, s)) > built)) {
  try {
    await buildCli();
  } catch (e) {
    console.error(`analyze: could not build the CLI bundle (run npm ci first?): ${e.message}`);
    process.exit(1);
  }
}
if (!onlyBuild) createRequire(import.meta.url)(bundle);
