import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

/**
 * End-to-end tests run against a production build served by scripts/start.mjs (which builds when
 * the sources are newer than the last build). The browser is Debian's chromium; Playwright's own
 * browsers are used only where they exist.
 */

// A free port, chosen once (the OS picks it) and inherited by the workers through the environment.
function freePort(): number {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  const script = 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})';
  const port = Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
  process.env.E2E_PORT = String(port);
  return port;
}
const port = freePort();
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/api/graph`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
