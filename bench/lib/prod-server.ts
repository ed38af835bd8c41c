/**
 * The production server the benches measure: scripts/start.mjs (which builds when the sources are
 * newer than the last build) on a free port, in its own process group so `stop` ends it and its
 * children. `start` resolves once GET /api/graph answers.
 */
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";

export function freePort(): number {
  const script = 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})';
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

async function waitFor(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

/** Start the server and run `body` with its base URL; the server is stopped however `body` ends. */
export async function withProductionServer<T>(root: string, readyTimeoutMs: number, body: (base: string) => Promise<T>): Promise<T> {
  const port = freePort();
  const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/graph`, readyTimeoutMs);
    return await body(base);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      server.kill("SIGTERM");
    }
  }
}
