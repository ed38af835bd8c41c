/**
 * Install the dependencies when node_modules is missing or older than package-lock.json, so
 * `npm start` and `npm test` both work on a fresh clone, in either order. Node built-ins only (it
 * runs before node_modules exists). Exits the process when `npm ci` fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

export function ensureDependencies(root) {
  const installed = path.join(root, "node_modules", ".package-lock.json");
  if (existsSync(installed) && mtime(path.join(root, "package-lock.json")) <= mtime(installed)) return;
  console.log("Installing dependencies (npm ci)…");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit", env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });
  if (r.status !== 0) {
    console.error(`\nnpm ci failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}
