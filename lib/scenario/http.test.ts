import { describe, expect, it } from "vitest";
import { getCuratedGraph } from "../model/curated";
import { loadScenarioLibrary } from "./curated";
import { scenarioListBody, scenarioRequest } from "./http";

const g = getCuratedGraph();
const lib = loadScenarioLibrary();
const post = (body: string) => scenarioRequest(new Request("http://x/api/scenario", { method: "POST", body, headers: { "content-type": "application/json" } }), g, lib);

describe("/api/scenario", () => {
  it("GET lists the presets with their scenario JSON and resolved sources", () => {
    const body = scenarioListBody(lib, g.getAttribute("sources"));
    expect(body.presets.map((p) => p.id)).toContain("taiwan-strait");
    const t = body.presets.find((p) => p.id === "taiwan-strait")!;
    expect(t.scenario.shocks.length).toBeGreaterThan(0);
    expect(t.sources[0]).toMatchObject({ id: "sia-bcg-2021", publisher: expect.stringContaining("Semiconductor Industry Association") });
    expect(body.substitution.rows.length).toBeGreaterThan(5);
  });

  it("POST { preset } runs it on the curated graph", async () => {
    const res = await post(JSON.stringify({ preset: "hbm-shock" }));
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json.scenario.id).toBe("hbm-shock");
    expect(json.impact.inputs.find((x: { input: string }) => x.input === "hbm").world).toMatchObject({ before: 1, after: 0.38 });
    expect(json.impact.nations[0].layers[0]).toHaveProperty("access.before");
    expect(json.impact).toHaveProperty("chokepoints.became");
    expect(json.impact).toHaveProperty("centrality");
  });

  it("POST a scenario runs it", async () => {
    const res = await post(JSON.stringify({ name: "ASML gone", shocks: [{ type: "remove", node: "asml" }] }));
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json.impact.chokepoints.cutOff).toContain("euv-scanners");
  });

  it.each([
    ['{"shocks":[{"type":"degrade","provider":"tsmc","percent":"lots"}]}', "shocks.0.percent"],
    ['{"shocks":[{"type":"remove"}]}', "shocks.0.node"],
    ['{"name":"x"}', "shocks"],
    ['{"preset":"atlantis"}', "preset"],
    ['{"preset":42}', "preset"],
    ["[1,2]", ""],
    ["{ not json", ""],
    ["", ""],
  ])("400 naming the bad field for %s", async (body, path) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error.path).toBe(path);
    expect(typeof json.error.message).toBe("string");
  });

  it("a scenario naming stale ids still runs and reports what it skipped", async () => {
    const res = await post(JSON.stringify({ shocks: [{ type: "remove", node: "atlantis" }, { type: "remove", node: "asml" }] }));
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json.impact.skipped[0].message).toBe('no node "atlantis" in the dataset');
  });

  it("answers 413 for a body over 1 MB, counted in bytes", async () => {
    const res = await post(JSON.stringify({ name: "x".repeat(1_100_000), shocks: [] }));
    expect(res.status).toBe(413);
    // 600,000 characters of two bytes each: under 1 M characters, over 1 MB.
    const wide = await post(JSON.stringify({ name: "é".repeat(600_000), shocks: [] }));
    expect(wide.status).toBe(413);
    expect((await wide.json()).error.message).toBe("the body exceeds 1 MB, the limit of this route");
  });

  it("stops reading a chunked body at 1 MB", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        if (pulled > 1000) c.close();
        else c.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const req = new Request("http://x/api/scenario", { method: "POST", body, duplex: "half", headers: { "content-type": "application/json" } } as RequestInit);
    expect((await scenarioRequest(req, g, lib)).status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  it("answers 415 for other content types and 403 for cross-site POSTs", async () => {
    const as = (headers: Record<string, string>) => scenarioRequest(new Request("http://x/api/scenario", { method: "POST", body: '{"preset":"hbm-shock"}', headers }), g, lib);
    expect((await as({ "content-type": "text/plain" })).status).toBe(415);
    expect((await as({ "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await as({ "content-type": "application/json", origin: "https://evil.test", host: "x" })).status).toBe(403);
    expect((await as({ "content-type": "application/json", origin: "http://x", host: "x" })).status).toBe(200);
  });
});
