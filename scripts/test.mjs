#!/usr/bin/env node
/**
 * `npm test`: every check, in order: type-check, lint, dataset validation, unit tests (Vitest),
 * end-to-end tests (Playwright on a production build). All steps run even when one fails, so one
 * run shows everything; the last line is "N passed, N failed" (tests plus the three checks).
 * On a fresh clone it installs the dependencies first (scripts/lib/deps.mjs, shared with `npm start`).
 * Set ATLAS_TEST_ONLY=unit,e2e (any of typecheck,lint,data,unit,e2e) to run a subset locally.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDependencies } from "./lib/deps.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// On a fresh clone, install first, as `npm start` does (the build comes with the e2e step's server).
ensureDependencies(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const only = process.env.ATLAS_TEST_ONLY?.split(",");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
mkdirSync(path.join(root, "test-results"), { recursive: true });

const results = [];
function step(name, cmd, args, count) {
  if (only && !only.includes(name)) return;
  console.log(`\n=== ${name}: ${[path.basename(cmd), ...args].join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  const ok = r.status === 0;
  let passed = ok ? 1 : 0;
  let failed = ok ? 0 : 1;
  if (count) {
    const c = count();
    if (c) {
      passed = c.passed;
      // A runner that crashed before reporting counts as one failure.
      failed = c.failed + (!ok && c.failed === 0 ? 1 : 0);
    }
  }
  results.push({ name, passed, failed, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(path.join(root, file), "utf8"));
  } catch {
    return undefined;
  }
};

// next-env.d.ts and route types are generated; a fresh clone has none.
if (!only || only.includes("typecheck")) spawnSync(bin("next"), ["typegen"], { cwd: root, stdio: "inherit", env });
step("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
step("lint", bin("eslint"), ["--max-warnings=0", "."]);
step("data", bin("tsx"), ["scripts/data-check.ts"]);

rmSync(path.join(root, "test-results/unit.json"), { force: true });
step("unit", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"], () => {
  const j = readJson("test-results/unit.json");
  return j && { passed: j.numPassedTests, failed: j.numFailedTests };
});

rmSync(path.join(root, "test-results/e2e.json"), { force: true });
step("e2e", bin("playwright"), ["test"], () => {
  const j = readJson("test-results/e2e.json");
  return j && { passed: j.stats.expected + (j.stats.flaky ?? 0), failed: j.stats.unexpected };
});

console.log("\n=== summary");
for (const r of results) console.log(`${r.name.padEnd(10)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${r.seconds}s)`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
