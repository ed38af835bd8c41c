import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../../metrics/analyze";
import { importGraph } from "../../model/import";
import { fixture } from "./__fixtures__/load";
import { locateJsonError, scanJson } from "./json";
import type { ImportResult } from "./types";

const issue = (r: ImportResult, code: string) => r.report.issues.find((i) => i.code === code);
const issuesOf = (r: ImportResult, code: string) => r.report.issues.filter((i) => i.code === code);
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.report.issues)}`);
  return r.graph;
};

describe("JSON: graphology's form", () => {
  it("reads nodes, edges, every attribute (nested ones too), keys and the graph's attributes", () => {
    const r = importGraph([fixture("json/graphology.json")]);
    const g = Graph.from(ok(r));
    expect(r.report).toMatchObject({ format: "json", nodes: 3, edges: 3, directed: true, issues: [] });
    expect(r.report.files[0]).toMatchObject({ role: "graph", encoding: "utf-8" });
    expect(g.getAttributes()).toEqual({ title: "Three cities" });
    expect(g.getNodeAttributes("Seoul")).toEqual({ label: "Seoul", tags: ["capital", "port"] });
    expect(g.getEdgeAttributes("e2")).toEqual({ weight: 1.5, nested: { a: [1, 2] } });
    expect(g.edges()).toEqual(["e1", "e2", "e0"]);
  });

  it("reads a mixed graph's undirected edges, and a file without options as graphology does (mixed)", () => {
    const mixed = Graph.from(ok(importGraph([fixture("json/mixed.json")])));
    expect(mixed.type).toBe("mixed");
    expect(mixed.undirectedSize).toBe(1);
    const bare = importGraph([fixture("json/no-options.json")]);
    expect(bare.report).toMatchObject({ directed: true, mixed: false });
    expect(ok(bare).nodes.map((n) => n.key)).toEqual(["1", "2"]);
  });

  it("reads networkx's node-link form: attributes beside the id, links, undirected by default", () => {
    const r = importGraph([fixture("json/node-link.json")]);
    const g = Graph.from(ok(r));
    expect(g.type).toBe("undirected");
    expect(g.getNodeAttributes("a")).toEqual({ color: "red" });
    expect(g.getEdgeAttributes(g.edge("a", "b")!)).toEqual({ weight: 4 });
    expect(g.hasNode("3")).toBe(true);
    expect(g.getAttributes()).toEqual({ name: "nx" });
  });
});

describe("JSON: bad input", () => {
  it("rejects a syntax error with its line", () => {
    const r = importGraph([fixture("json/syntax-error.json")]);
    expect(r.ok).toBe(false);
    expect(issue(r, "json-syntax")).toMatchObject({ severity: "error", line: 5, message: expect.stringContaining("trailing commas are not JSON") });
  });

  it("locates syntax errors itself, whatever the engine says", () => {
    expect(locateJsonError('{"a": [1, 2]}')).toBeNull();
    expect(locateJsonError('{"a":\n  NaN}')).toMatchObject({ line: 2, message: expect.stringContaining("NaN and Infinity are not JSON") });
    expect(locateJsonError("{'a': 1}")).toMatchObject({ line: 1, message: expect.stringContaining("double quotes") });
    expect(locateJsonError('{"a": "x\ny"}')).toMatchObject({ line: 1, message: expect.stringContaining("line break inside a string") });
    expect(locateJsonError('{"a": 1} x')).toMatchObject({ message: expect.stringContaining("after the end") });
    expect(locateJsonError('{"a": [1, {"b": 2}')).toMatchObject({ truncated: true, message: "the file ends inside a nested array" });
    expect(locateJsonError('{"a" 1}')!.message).toMatch(/expected ":"/);
    expect(locateJsonError('[1 2]')!.message).toMatch(/expected "," or "]"/);
  });

  it("rejects truncated JSON as truncated", () => {
    const r = importGraph([fixture("json/truncated.json")]);
    expect(r.ok).toBe(false);
    expect(issue(r, "json-syntax")!.message).toMatch(/truncated/);
  });

  it("rejects nesting deeper than 64 levels before parsing, with the line", () => {
    const r = importGraph([fixture("json/deep.json")]);
    expect(r.ok).toBe(false);
    expect(issue(r, "json-too-deep")).toMatchObject({ severity: "error", line: 1 });
    expect(scanJson('{"a":[[[1]]]}', 3).tooDeep).toEqual({ line: 1, depth: 4 });
    expect(scanJson('{"a":"[[[[[["}', 3).tooDeep).toBeUndefined();
  });

  it("rejects a root that is not a graph object, missing nodes, and edges that are not an array", () => {
    expect(issue(importGraph([fixture("json/root-array.json")]), "json-shape")!.message).toMatch(/an array, not a graph object/);
    expect(issue(importGraph([fixture("json/no-nodes.json")]), "json-shape")!.message).toMatch(/"nodes" is missing/);
    expect(issue(importGraph([fixture("json/edges-not-array.json")]), "json-shape")).toMatchObject({ severity: "error", element: "edges" });
  });

  it("skips wrongly typed elements, each named by JSON path and line", () => {
    const r = importGraph([fixture("json/wrong-types.json")]);
    const g = ok(r);
    const where = (code: string) => issuesOf(r, code).map((i) => [i.element, i.line, i.field]);
    expect(where("missing-id")).toEqual([["nodes[3]", 11, "key"], ["edges[1]", 37, "target"]]);
    expect(where("json-shape")).toEqual([
      ["options.type", 1, undefined],
      ["nodes[1]", 9, undefined],
      ["nodes[2]", 10, undefined],
      ["nodes[4]", 16, "key"],
      ["nodes[5]", 21, "attributes"],
      ["edges[2]", 40, "source"],
      ["edges[3]", 46, undefined],
      ["edges[4]", 47, "undirected"],
    ]);
    expect(issue(r, "weight")).toMatchObject({ element: "edges[5]", field: "attributes.weight" });
    expect(g.nodes.map((n) => n.key)).toEqual(["a", "c", "d"]);
    expect(g.nodes[2]!.attributes).toEqual({ label: 42 });
    expect(g.edges).toHaveLength(3);
  });

  it("keeps unsafe keys out of graphology's indexes and never pollutes Object.prototype", () => {
    const r = importGraph([fixture("json/hostile.json")]);
    const g = Graph.from(ok(r));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(g.nodes()).toEqual(["__proto__~1", "constructor~1", "valueOf~1", 'ok "quoted" [x] 😀 שלום']);
    expect(g.getNodeAttributes("__proto__~1")).toMatchObject({ label: "<script>alert(1)</script>", original_id: "__proto__", "__proto__~1": { polluted: true } });
    expect(Object.getPrototypeOf(g.getNodeAttributes("__proto__~1"))).toBe(Object.prototype);
    expect(g.edges()).toEqual(["toString~1", "e0", "e1"]);
    expect(g.getEdgeAttributes("toString~1")).toEqual({ weight_raw: -1 });
    expect(issuesOf(r, "unsafe-key").map((i) => i.field)).toEqual(["__proto__", "id", "id", "id", "id"]);
    // The metrics run: a directed path of four nodes, the negative weight dropped (counts as 1).
    const m = analyzeGraph(g);
    expect(m.nodes["constructor~1"]).toMatchObject({ inDegree: 1, outDegree: 1, weightedDegree: 3 });
    expect(m.nodes["constructor~1"]!.betweenness).toBeCloseTo(2 / 6, 12);
  });
});
