#!/usr/bin/env node
/**
 * `npm start`: serve the Atlas with the bundled dataset. On a fresh clone it installs the
 * dependencies and builds first; afterwards it rebuilds only when a source or data file is newer
 * than the last build. Uses Node built-ins only (it runs before node_modules exists).
 *
 * Environment: PORT (default 3000), HOSTNAME (default 0.0.0.0), ATLAS_SKIP_BUILD=1 to serve the
 * existing build as is.
 */
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDependencies } from "./lib/deps.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
};
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

/** Newest modification time of any file below the given paths (skipping build output). */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== "node_modules" && !name.startsWith(".")) walk(path.join(p, name));
    } else max = Math.max(max, st.mtimeMs);
  };
  for (const p of paths) walk(path.join(root, p));
  return max;
}

// 1. Dependencies.
ensureDependencies(root);

// 2. Build when missing or stale.
const buildId = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "data", "public", "package.json", "next.config.js", "postcss.config.mjs", "tsconfig.json"];
const dataDir = process.env.ATLAS_DATA_DIR;
const stale = !existsSync(buildId) || newest(sources) > mtime(buildId) || (dataDir && newest([dataDir]) > mtime(buildId));
if (process.env.ATLAS_SKIP_BUILD !== "1" && stale) {
  console.log("Building the Atlas (next build)…");
  run(path.join(root, "node_modules", ".bin", "next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
}

// 3. Serve.
const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "0.0.0.0";
console.log(`Serving the Atlas on http://localhost:${port}`);
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port, "-H", host], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
