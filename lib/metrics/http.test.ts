/** POST /api/analyze (lib/metrics/http.ts) and the graphology JSON it reads (lib/io/graphology-json.ts). */
import { describe, expect, it } from "vitest";
import { formatJsonPath, parseGraphologyJson, toTopologyJson } from "../io/graphology-json";
import { createWorkerQueue, type WorkerLike } from "../http";
import { ANALYZE_LIMITS, analyzeBody, analyzeJobLimits, analyzeRequest, queuedRunner, type AnalyzeAnswer, type AnalyzeJob } from "./http";
import type { Analysis } from "./types";

const URL_ = "http://localhost/api/analyze?format=json";
const JSON_TYPE = { "content-type": "application/json" };
const post = (body: unknown, url = URL_) => analyzeRequest(new Request(url, { method: "POST", headers: JSON_TYPE, body: typeof body === "string" ? body : JSON.stringify(body) }));

const graph = (edges: unknown[], options: unknown = { type: "directed" }, nodes: unknown[] = ["a", "b", "c"].map((key) => ({ key }))) => ({ options, nodes, edges });

async function expectError(response: Response, status: number, path: string | undefined, message: RegExp) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { message: string; path?: string } };
  expect(body.error.message).toMatch(message);
  expect(body.error.path).toBe(path);
}

describe("POST /api/analyze", () => {
  it("answers the analysis with node ids exactly as given", async () => {
    const res = await post(graph([{ source: "2", target: "2.0" }, { source: "2.0", target: "02", attributes: { weight: 2 } }], { type: "directed" }, [{ key: "2" }, { key: "2.0" }, { key: "02" }]));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Analysis;
    expect(Object.keys(body.nodes).sort()).toEqual(["02", "2", "2.0"]);
    expect(body.graph).toMatchObject({ directed: true, nodes: 3, edges: 2, components: 1 });
    expect(body.nodes["2.0"]).toMatchObject({ degree: 2, inDegree: 1, outDegree: 1, weightedDegree: 3 });
    expect(Object.keys(body.nodes["2"]!)).toEqual(["degree", "inDegree", "outDegree", "weightedDegree", "betweenness", "pagerank", "closeness", "eigenvector", "community"]);
  });

  it("analyses a graph without options.type as undirected and a mixed one as directed", async () => {
    const edges = [{ source: "a", target: "b" }];
    const undirected = (await (await post(graph(edges, {}))).json()) as Analysis;
    expect(undirected.graph.directed).toBe(false);
    expect(undirected.nodes.b!.outDegree).toBe(1);
    const mixed = (await (await post(graph(edges, { type: "mixed" }))).json()) as Analysis;
    expect(mixed.graph.directed).toBe(true);
    expect(mixed.nodes.b!.outDegree).toBe(0);
  });

  it("answers 400 with the JSON path of the bad field", async () => {
    const edges = [{ source: "a", target: "b" }, { source: "b", target: "c" }, { source: "a", target: "c" }];
    await expectError(await post(graph([...edges, { source: "a", target: "zz" }])), 400, "edges[3].target", /unknown node "zz"/);
    await expectError(await post(graph([...edges, { source: "7x", target: "a" }])), 400, "edges[3].source", /unknown node "7x"/);
    await expectError(await post(graph([{ source: "a", target: "b", attributes: { weight: -1 } }])), 400, "edges[0].attributes.weight", /finite number ≥ 0/);
    await expectError(await post(graph([{ source: "a", target: "b", attributes: { weight: "3" } }])), 400, "edges[0].attributes.weight", /finite number ≥ 0/);
    await expectError(await post(graph([{ source: { x: 1 }, target: "b" }])), 400, "edges[0].source", /string key/);
    await expectError(await post({ nodes: "abc" }), 400, "nodes", /array of nodes/);
    await expectError(await post({ nodes: [], options: { type: "weird" } }), 400, "options.type", /directed|undirected|mixed/);
    await expectError(await post(graph([], {}, [{ key: "a" }, { key: "a" }])), 400, "nodes[1].key", /duplicate node key "a"/);
    await expectError(await post(graph([{ key: "e", source: "a", target: "b" }, { key: "e", source: "b", target: "c" }])), 400, "edges[1].key", /duplicate edge key/);
    await expectError(await post(graph([{ source: "a", target: "b", undirected: true }])), 400, "edges[0].undirected", /undirected edge in a directed graph/);
    await expectError(await post(graph([{ source: "a", target: "a" }], { allowSelfLoops: false })), 400, "edges[0]", /self-loop/);
    await expectError(await post(graph([{ source: "a", target: "b" }, { source: "b", target: "a" }], { type: "undirected" })), 400, "edges[1]", /parallel edge.*multi is false/);
  });

  it("answers 400 for text that is not a JSON graph", async () => {
    await expectError(await post("{nope"), 400, "", /invalid JSON/);
    await expectError(await post("null"), 400, "", /expected object/);
    await expectError(await post("[]"), 400, "", /expected object/);
    await expectError(await post(""), 400, "", /invalid JSON/);
  });

  it("refuses node keys graphology cannot hold, without polluting Object.prototype", async () => {
    for (const key of ["__proto__", "constructor", "toString"]) {
      const body = `{"options":{"type":"directed","multi":true},"nodes":[{"key":"a"},{"key":${JSON.stringify(key)}}],"edges":[{"source":"a","target":${JSON.stringify(key)}}]}`;
      await expectError(await post(body), 400, "nodes[1].key", /built-in object property name/);
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("previous");
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("answers 400 for an unsupported format", async () => {
    await expectError(await post(graph([]), "http://localhost/api/analyze?format=csv"), 400, "format", /unsupported format "csv"/);
  });

  it("answers 413 on a content-length over 16 MB without reading the body", async () => {
    const request = new Request(URL_, { method: "POST", body: "{}", headers: { ...JSON_TYPE, "content-length": String(ANALYZE_LIMITS.maxBytes + 1) } });
    await expectError(await analyzeRequest(request), 413, undefined, /exceeds 16 MB/);
  });

  it("answers 413 when the bytes of a chunked body exceed 16 MB, reading no further", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 25) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request(URL_, { method: "POST", body, headers: JSON_TYPE, duplex: "half" } as RequestInit);
    await expectError(await analyzeRequest(request), 413, undefined, /exceeds 16 MB/);
    expect(sent).toBeLessThan(20);
  });

  it("bounds nodes and edges separately (a graph of many nodes and no edges is refused too)", async () => {
    const limits = { maxBytes: ANALYZE_LIMITS.maxBytes, maxNodes: 3, maxEdges: 2 };
    const at = (body: unknown) => analyzeRequest(new Request(URL_, { method: "POST", headers: JSON_TYPE, body: JSON.stringify(body) }), { limits });
    const nodes = (k: number) => Array.from({ length: k }, (_, i) => ({ key: `n${i}` }));
    await expectError(await at({ nodes: nodes(4), edges: [] }), 413, "nodes", /has 4 nodes; the server analyses at most 3/);
    const edges = (k: number) => Array.from({ length: k }, () => ({ source: "n0", target: "n1" }));
    await expectError(await at({ options: { multi: true }, nodes: nodes(2), edges: edges(3) }), 413, "edges", /has 3 edges; the server analyses at most 2/);
    expect((await at({ options: { multi: true }, nodes: nodes(3), edges: edges(2) })).status).toBe(200);
    // The documented limits: the 20,000 nodes and 100,000 edges fit, 800,000 bare nodes do not.
    expect(ANALYZE_LIMITS).toEqual({ maxBytes: 16 * 1024 * 1024, maxNodes: 50_000, maxEdges: 250_000 });
    expect(analyzeBody(new TextEncoder().encode(JSON.stringify({ nodes: nodes(50_001) }))).status).toBe(413);
  });

  it("answers 415 for bodies that are not application/json, and 403 for cross-site POSTs", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b"]) {
      const res = await analyzeRequest(new Request(URL_, { method: "POST", headers: { "content-type": type }, body: "{}" }));
      expect(res.status, type).toBe(415);
    }
    const res = await analyzeRequest(new Request(URL_, { method: "POST", headers: { ...JSON_TYPE, origin: "https://evil.test", "sec-fetch-site": "cross-site" }, body: "{}" }));
    await expectError(res, 403, undefined, /cross-site POSTs are refused/);
  });

  it("answers 400 for bytes that are not UTF-8", async () => {
    const request = new Request(URL_, { method: "POST", headers: JSON_TYPE, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
    await expectError(await analyzeRequest(request), 400, "", /not valid UTF-8/);
  });

  it("never answers 500: anything unexpected is a 422", async () => {
    const broken = { get url(): string { throw new Error("boom"); } } as unknown as Request;
    await expectError(await analyzeRequest(broken), 422, undefined, /could not analyse the graph: boom/);
  });
});

describe("POST /api/analyze in a worker queue", () => {
  // A fake worker thread answering analyzeBody's answer to its job after `delay` ms (never, if < 0).
  const fakeSpawn = (delay: number) => (): WorkerLike => {
    const handlers: Record<string, ((v: never) => void)[]> = {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      on(event: string, h: (v: never) => void) {
        (handlers[event] ??= []).push(h);
        return this;
      },
      postMessage(job) {
        if (delay >= 0) timer = setTimeout(() => handlers.message?.forEach((h) => h(analyzeBody((job as AnalyzeJob).bytes, (job as AnalyzeJob).limits) as never)), delay);
      },
      terminate: async () => {
        clearTimeout(timer);
        return 0;
      },
    } as WorkerLike;
  };
  const body = JSON.stringify(graph([{ source: "a", target: "b" }]));
  const request = () => new Request(URL_, { method: "POST", headers: JSON_TYPE, body });

  it("answers the worker's analysis", async () => {
    const queue = createWorkerQueue<AnalyzeJob, AnalyzeAnswer>({ spawn: fakeSpawn(0), concurrency: 1, maxQueued: 0, timeoutMs: 1000 });
    const res = await analyzeRequest(request(), { run: queuedRunner(queue, 1000) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Analysis).graph).toMatchObject({ nodes: 3, edges: 1 });
  });

  it("answers 503 with Retry-After when busy and 422 past the time limit", async () => {
    const queue = createWorkerQueue<AnalyzeJob, AnalyzeAnswer>({ spawn: fakeSpawn(-1), concurrency: 1, maxQueued: 0, timeoutMs: 200 });
    const run = queuedRunner(queue, 30_000);
    const first = analyzeRequest(request(), { run });
    await new Promise((r) => setTimeout(r, 20));
    const busy = await analyzeRequest(request(), { run });
    expect(busy.headers.get("retry-after")).toBe("30");
    await expectError(busy, 503, undefined, /server is busy/);
    await expectError(await first, 422, undefined, /took longer than 0.2 s.*analyse it in the browser/);
  });

  it("runs one analysis at a time on 2–3 cores, two on 4 or more; 120 s unless configured", () => {
    expect(analyzeJobLimits(2)).toEqual({ concurrency: 1, maxQueued: 2, timeoutMs: 120_000, maxOldGenerationSizeMb: 512 });
    expect(analyzeJobLimits(8).concurrency).toBe(2);
    expect(analyzeJobLimits(2, { ATLAS_ANALYZE_TIMEOUT_MS: "5000" }).timeoutMs).toBe(5000);
  });
});

describe("graphology JSON", () => {
  it("formats JSON paths", () => {
    expect(formatJsonPath(["edges", 3, "source"])).toBe("edges[3].source");
    expect(formatJsonPath(["nodes", 0, "attributes", "a b"])).toBe('nodes[0].attributes["a b"]');
    expect(formatJsonPath([])).toBe("");
  });

  it("turns number keys into their JavaScript strings and keeps string keys as they are", () => {
    const parsed = parseGraphologyJson({ nodes: [{ key: 2 }, { key: "2.0" }, { key: 1.5 }], edges: [{ source: 2, target: "2.0" }] });
    expect(parsed.ok && parsed.graph.nodes()).toEqual(["2", "2.0", "1.5"]);
  });

  it("round-trips a graph's topology", () => {
    const data = graph([{ key: "e0", source: "a", target: "b", attributes: { weight: 2 } }, { key: "e1", source: "b", target: "c", undirected: true }], { type: "mixed", multi: true, allowSelfLoops: true });
    const parsed = parseGraphologyJson(data);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(toTopologyJson(parsed.graph)).toEqual(data);
  });
});
