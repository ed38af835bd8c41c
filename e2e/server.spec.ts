/**
 * A server that stays up (issue 10 §1), against the production build: POST guards (403, 415, 413
 * on a chunked body without reading it all), security headers and CSP on every kind of answer,
 * malformed paths answered 400 with those headers, the explorer working under the CSP, and
 * GET /api/graph answering while a 20,000-node / 100,000-edge analysis runs.
 */
import http from "node:http";
import { mkdirSync } from "node:fs";
import { expect, test } from "./fixtures";

const SHOTS = "test-results/screenshots";
mkdirSync(SHOTS, { recursive: true });
const port = Number(process.env.E2E_PORT);

/** A raw HTTP request (no URL normalisation, no added headers); resolves with status and headers. */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Sends a chunked body (no Content-Length) of up to `total` bytes in 64 KB chunks, stopping once
 * the answer arrives; resolves with the status and the bytes sent by then.
 */
function chunkedUpload(path: string, total: number) {
  return new Promise<{ status: number; sent: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path, headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode!, sent });
      req.destroy();
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

/** A directed multigraph of n nodes and m edges, each node the source of m/n edges to random targets. */
function bigGraph(n: number, m: number): string {
  let a = 42;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = Array.from({ length: n }, (_, i) => ({ key: `n${i}` }));
  const edges = Array.from({ length: m }, (_, i) => ({ source: `n${i % n}`, target: `n${Math.floor(rnd() * n)}` }));
  return JSON.stringify({ options: { type: "directed", multi: true }, nodes, edges });
}

const small = JSON.stringify({ options: { type: "directed" }, nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] });
const JSON_TYPE = { "content-type": "application/json" };

test.describe("server", () => {
  test("POSTs: only the documented content type (415), same-origin only (403), bytes capped as they stream (413)", async ({ request, baseURL }) => {
    for (const path of ["/api/analyze?format=json", "/api/scenario"]) {
      const body = path === "/api/scenario" ? JSON.stringify({ preset: "hbm-shock" }) : small;
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const r = await raw("POST", path, { "content-type": type }, body);
        expect(r.status, `${path} ${type}`).toBe(415);
        expect(JSON.parse(r.body).error.message).toMatch(/is not accepted here; send application\/json/);
      }
      const cross = await raw("POST", path, { ...JSON_TYPE, origin: "https://evil.example", "sec-fetch-site": "cross-site" }, body);
      expect(cross.status, path).toBe(403);
      const foreignOrigin = await raw("POST", path, { ...JSON_TYPE, origin: "https://evil.example" }, body);
      expect(foreignOrigin.status, path).toBe(403);
      // Same origin (as the Atlas's own pages send it) and a client without Origin (curl) pass.
      const same = await raw("POST", path, { ...JSON_TYPE, origin: baseURL!, "sec-fetch-site": "same-origin" }, body);
      expect(same.status, path).toBe(200);
      const sameOriginOnly = await raw("POST", path, { ...JSON_TYPE, origin: baseURL! }, body);
      expect(sameOriginOnly.status, path).toBe(200);
      expect((await request.post(path, { data: body, headers: JSON_TYPE })).status()).toBe(200);
    }
    // A 30 MB chunked body to a 1 MB route is refused after about 1 MB, not read whole.
    const scenario = await chunkedUpload("/api/scenario", 30 * 1024 * 1024);
    expect(scenario.status).toBe(413);
    expect(scenario.sent).toBeLessThan(10 * 1024 * 1024);
    const analyze = await chunkedUpload("/api/analyze?format=json", 100 * 1024 * 1024);
    expect(analyze.status).toBe(413);
    expect(analyze.sent).toBeLessThan(40 * 1024 * 1024);
    // 800,000 nodes and no edges: refused on the node bound.
    const bare = await request.post("/api/analyze?format=json", { data: JSON.stringify({ nodes: Array.from({ length: 800_000 }, (_, i) => ({ key: `${i}` })) }), headers: JSON_TYPE });
    expect(bare.status()).toBe(413);
    expect((await bare.json()).error).toMatchObject({ path: "nodes", message: expect.stringMatching(/at most 50,000/) });
  });

  test("security headers: a nonce CSP on pages, frameable only /embed, a closed policy on the API", async ({ request }) => {
    const page = await request.get("/");
    const csp = page.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    for (const d of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers()["x-frame-options"]).toBe("DENY");
    expect(page.headers()["permissions-policy"]).toMatch(/camera=\(\)/);
    // Every script of the page carries this request's nonce; the next request gets another.
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const s of scripts) expect(s, s).toContain(`nonce="${nonce}"`);
    const again = (await request.get("/")).headers()["content-security-policy"]!;
    expect(/'nonce-([^']+)'/.exec(again)?.[1]).not.toBe(nonce);

    const embed = await request.get("/embed");
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["content-security-policy"]).toContain("object-src 'none'");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();

    const api = await request.get("/api/graph");
    expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["permissions-policy"]).toBe(page.headers()["permissions-policy"]);
  });

  test("malformed percent-encodings are a 400 with the usual headers, not a 500", async () => {
    for (const path of ["/nation/%ZZ", "/nation/%E0%A4%A", "/nation/%"]) {
      const r = await raw("GET", path);
      expect([400, 404], path).toContain(r.status);
      expect(r.headers["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
      expect(r.headers["x-frame-options"], path).toBe("DENY");
      expect(r.headers["x-content-type-options"], path).toBe("nosniff");
      expect(r.headers["permissions-policy"], path).toMatch(/camera=\(\)/);
    }
  });

  test("the explorer renders its graph under the CSP without a single violation", async ({ explorer, page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Permissions-Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await explorer.goto();
    // The first view draws the 56 inputs and the nation lane (providers folded into rings).
    expect((await explorer.nodeIds()).length).toBeGreaterThan(50);
    // cytoscape's own stylesheet was allowed (by hash): its container is positioned.
    expect(await page.evaluate(() => (document.getElementById("__________cytoscape_stylesheet") as HTMLStyleElement | null)?.sheet?.cssRules.length)).toBe(1);
    await page.screenshot({ path: `${SHOTS}/server-csp-explorer.png` });
    await page.goto("/nation/USA");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the scenario file import refuses a file over 1 MB, unread, with a clear message", async ({ explorer, page }) => {
    await explorer.goto();
    await page.getByText("Save, export, import").click();
    const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
    await page.getByLabel("Import scenario file").setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: big });
    await expect(page.getByText("Could not import huge.json: the file is 2.0 MB; scenario files may be at most 1 MB")).toBeVisible();
    await expect(page.getByText("Scenario files up to 1 MB.")).toBeVisible();
    // A file within the limit is read and imported as before.
    const ok = JSON.stringify({ name: "ASML gone", shocks: [{ type: "remove", node: "asml" }] });
    await page.getByLabel("Import scenario file").setInputFiles({ name: "ok.json", mimeType: "application/json", buffer: Buffer.from(ok) });
    await expect(page.getByText(/Could not import/)).toHaveCount(0);
    await expect(page.getByLabel("Scenario name")).toHaveValue("ASML gone");
  });

  test("GET /api/graph answers within 1 s while a 20,000-node / 100,000-edge analysis runs; a full queue is a 503", async ({ request }) => {
    test.setTimeout(180_000);
    const body = bigGraph(20_000, 100_000);
    const controller = new AbortController();
    let finished = false;
    const url = `http://127.0.0.1:${port}/api/analyze?format=json`;
    const big = fetch(url, { method: "POST", body, headers: JSON_TYPE, signal: controller.signal })
      .then(async (r) => ({ status: r.status, body: await r.text() }))
      .finally(() => (finished = true))
      .catch(() => null);
    await new Promise((r) => setTimeout(r, 1500)); // uploaded and parsing or analysing by now
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now();
      const r = await request.get("/api/graph");
      expect(r.status()).toBe(200);
      times.push(Date.now() - t0);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The analysis was running all along (it takes tens of seconds), so the bound means something.
    expect(finished).toBe(false);
    expect(Math.max(...times), `GET /api/graph took ${times.join(", ")} ms`).toBeLessThan(1000);

    // One runs, two may wait, the next is refused at once with Retry-After.
    const waiting = [new AbortController(), new AbortController()];
    const queued = waiting.map((c) => fetch(url, { method: "POST", body: small, headers: JSON_TYPE, signal: c.signal }).catch(() => null));
    await new Promise((r) => setTimeout(r, 300));
    const refused = await fetch(url, { method: "POST", body: small, headers: JSON_TYPE });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(finished).toBe(false);

    // Cancelling frees the server: the next analysis answers at once.
    waiting.forEach((c) => c.abort());
    controller.abort();
    await Promise.all([big, ...queued]);
    await expect.poll(async () => (await fetch(url, { method: "POST", body: small, headers: JSON_TYPE })).status, { timeout: 10_000 }).toBe(200);
  });
});
