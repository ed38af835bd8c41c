import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../../metrics/analyze";
import { importGraph, previewCsv } from "../../model/import";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURES, fixture, textFile } from "./__fixtures__/load";
import type { ImportIssue, ImportResult } from "./types";

const codes = (r: ImportResult) => r.report.issues.map((i) => i.code);
const issue = (r: ImportResult, code: string) => r.report.issues.find((i) => i.code === code);
const issuesOf = (r: ImportResult, code: string) => r.report.issues.filter((i) => i.code === code);
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.report.issues)}`);
  return r.graph;
};
const node = (r: ImportResult, key: string) => ok(r).nodes.find((n) => n.key === key);
const edgeWeights = (r: ImportResult) => ok(r).edges.map((e) => e.attributes?.weight);
// Read with JSON.parse: a JSON module import would turn the key "__proto__" into the object's prototype.
const hostileNx = JSON.parse(readFileSync(path.join(FIXTURES, "csv/hostile/networkx.json"), "utf8")) as {
  expected: { nodes: Record<string, Record<string, number | null>>; graph: { components: number; density: number } };
};
const only = (r: ImportResult, severity: ImportIssue["severity"]) => r.report.issues.filter((i) => i.severity === severity);

describe("CSV: files and encodings", () => {
  it("rejects an empty file, a file of blank lines and a BOM alone", () => {
    for (const f of ["csv/empty.csv", "csv/blank-lines.csv", "csv/bom-only.csv"]) {
      const r = importGraph([fixture(f)]);
      expect(r.ok, f).toBe(false);
      expect(r.graph).toBeUndefined();
      expect(issue(r, "empty-file"), f).toMatchObject({ severity: "error", file: f });
    }
  });

  it("rejects a header without rows, naming line 1", () => {
    const r = importGraph([fixture("csv/header-only.csv")]);
    expect(r.ok).toBe(false);
    expect(issue(r, "csv-no-rows")).toMatchObject({ severity: "error", line: 1 });
  });

  it("reads a single edge list: nodes from the ends, numeric weights, directed by default", () => {
    const r = importGraph([fixture("csv/edges.csv")]);
    const g = ok(r);
    expect(r.report).toMatchObject({ format: "csv", nodes: 3, edges: 3, directed: true, mixed: false, atlasKinds: false, issues: [] });
    expect(r.report.files).toEqual([{ name: "csv/edges.csv", bytes: 67, encoding: "utf-8", rows: 3, role: "edges" }]);
    expect(g.nodes.map((n) => n.key)).toEqual(["Taipei", "Seoul", "Tokyo"]);
    expect(g.edges.map((e) => [e.source, e.target, e.attributes?.weight])).toEqual([["Taipei", "Seoul", 2], ["Seoul", "Tokyo", 1.5], ["Tokyo", "Taipei", 3]]);
    expect(Graph.from(g).type).toBe("directed");
  });

  it("is undirected when chosen (option or mapping)", () => {
    for (const r of [importGraph([fixture("csv/edges.csv")], { directed: false }), importGraph([fixture("csv/edges.csv")], { csv: { directed: false } })]) {
      expect(r.report.directed).toBe(false);
      const g = Graph.from(ok(r));
      expect(g.type).toBe("undirected");
      expect(g.hasEdge("Seoul", "Taipei")).toBe(true);
    }
  });

  it("reads a file without a header when told, naming the columns", () => {
    const r = importGraph([fixture("csv/no-header.csv")], { csv: { header: false } });
    expect(ok(r).edges.map((e) => `${e.source}>${e.target}`)).toEqual(["a>b", "b>c", "c>a"]);
    expect(previewCsv(fixture("csv/no-header.csv"), { header: false }).header).toEqual(["column 1", "column 2"]);
  });

  it("reads ';' with decimal commas, saying so; a quoted ';' stays in its field", () => {
    const r = importGraph([fixture("csv/semicolon-decimal-comma.csv")]);
    expect(edgeWeights(r)).toEqual([2.5, 1234.5, 0.75]);
    expect(ok(r).edges[0]!.attributes!.note).toBe("a; b");
    expect(issue(r, "csv-delimiter")).toMatchObject({ severity: "warning", action: expect.stringMatching(/";".*decimal mark/) });
  });

  it("reads tab-separated .tsv files without a warning", () => {
    const r = importGraph([fixture("csv/tab-separated.tsv")]);
    expect(r.report).toMatchObject({ nodes: 3, edges: 2, issues: [] });
  });

  it("drops a UTF-8 byte-order mark silently", () => {
    const r = importGraph([fixture("csv/bom.csv")]);
    expect(r.report.issues).toEqual([]);
    expect(ok(r).nodes.map((n) => n.key)).toEqual(["Taipei", "Seoul", "Tokyo"]);
  });

  it("reads UTF-16 with a BOM (both byte orders) silently and without a BOM with a warning", () => {
    for (const [f, enc] of [["csv/utf16le-bom.csv", "utf-16le"], ["csv/utf16be-bom.csv", "utf-16be"], ["csv/utf16le-no-bom.csv", "utf-16le"]] as const) {
      const r = importGraph([fixture(f)]);
      expect(ok(r).nodes.map((n) => n.key), f).toEqual(["München", "Zürich", "Besançon", "São Paulo"]);
      expect(r.report.files[0]!.encoding).toBe(enc);
      expect(codes(r)).toEqual(f.includes("no-bom") ? ["encoding"] : []);
    }
  });

  it("reads Latin-1 as Windows-1252 with a warning naming the line of the first non-UTF-8 byte", () => {
    const r = importGraph([fixture("csv/latin1.csv")]);
    expect(ok(r).nodes.map((n) => n.key)).toEqual(["München", "Zürich", "Besançon", "São Paulo"]);
    expect(issue(r, "encoding")).toMatchObject({ severity: "warning", line: 2, action: expect.stringContaining("Windows-1252") });
    expect(r.report.files[0]!.encoding).toBe("windows-1252");
  });

  it("reads CRLF and mixed line endings silently, with right line numbers", () => {
    for (const f of ["csv/crlf.csv", "csv/mixed-line-endings.csv"]) {
      const r = importGraph([fixture(f)]);
      expect(r.report.issues, f).toEqual([]);
      expect(edgeWeights(r)).toEqual([2, 1.5, 3]);
      expect(ok(r).nodes.map((n) => n.key)).toEqual(["Taipei", "Seoul", "Tokyo"]);
    }
    const bad = importGraph([textFile("m.csv", "source,target,weight\r\nA,B,1\rB,C,x\nC,A,1\r\n")]);
    expect(issue(bad, "weight")).toMatchObject({ line: 3 });
  });
});

describe("CSV: quoting and row shapes", () => {
  it("keeps quoted delimiters, doubled quotes and line breaks inside fields", () => {
    const r = importGraph([fixture("csv/quoted.csv")]);
    const g = ok(r);
    expect(g.nodes.map((n) => n.key)).toEqual(["Foo, Inc.", 'Bar "Big" Co', "Baz"]);
    expect(g.edges.map((e) => e.attributes?.label)).toEqual(["line one\nline two", "a,b,c"]);
  });

  it("rejects an unterminated quote, naming the line it opens on", () => {
    const r = importGraph([fixture("csv/unterminated-quote.csv")]);
    expect(r.ok).toBe(false);
    expect(issue(r, "csv-syntax")).toMatchObject({ severity: "error", line: 2, message: expect.stringContaining("unterminated") });
  });

  it("rejects text after a closing quote", () => {
    const r = importGraph([fixture("csv/text-after-quote.csv")]);
    expect(r.ok).toBe(false);
    expect(issue(r, "csv-syntax")).toMatchObject({ line: 2 });
  });

  it("pads short rows and ignores extra cells, with a warning per row", () => {
    const r = importGraph([fixture("csv/ragged.csv")]);
    const g = ok(r);
    expect(issuesOf(r, "csv-ragged-row").map((i) => i.line)).toEqual([3, 4]);
    expect(issuesOf(r, "csv-ragged-row")[1]!.action).toMatch(/"extra", "cells"/);
    expect(g.edges.map((e) => e.attributes?.weight)).toEqual([1, undefined, 3, 4]);
    expect(r.report.edges).toBe(4);
  });

  it("refuses a delimiter that makes the header one column and names the one the file uses", () => {
    const r = importGraph([fixture("csv/one-column-semicolons.csv")], { csv: { delimiter: "," } });
    expect(r.ok).toBe(false);
    expect(issue(r, "csv-delimiter")).toMatchObject({ severity: "error", line: 1, message: expect.stringContaining('"；"'.replace("；", ";")) });
    // Left to sniff, the same file reads fine.
    expect(importGraph([fixture("csv/one-column-semicolons.csv")]).report.edges).toBe(2);
  });
});

describe("CSV: nodes file plus edges file", () => {
  const pair = () => importGraph([fixture("csv/pair/edges.csv"), fixture("csv/pair/nodes.csv")]);

  it("tells the nodes file from the edges file by their headers", () => {
    const r = pair();
    expect(r.report.files.map((f) => f.role)).toEqual(["edges", "nodes"]);
    expect(node(r, "A")!.attributes).toEqual({ label: "Alpha", group: 1 });
  });

  it("merges a duplicate node id into the first record and says which values differed", () => {
    const dups = issuesOf(pair(), "duplicate-node");
    expect(dups.map((i) => [i.line, i.field])).toEqual([[5, "id"], [6, "id"]]);
    expect(dups[0]!.action).toMatch(/"label".*first ones were kept/);
    expect(dups[1]!.action).toMatch(/"group"/);
  });

  it("skips a node without an id and an edge without a source", () => {
    const r = pair();
    expect(issuesOf(r, "missing-id").map((i) => [i.file, i.line, i.field])).toEqual([["csv/pair/edges.csv", 8, "source"], ["csv/pair/nodes.csv", 7, "id"]]);
    expect(ok(r).nodes.some((n) => n.attributes?.label === "No id")).toBe(false);
  });

  it("creates a node for an edge to an unknown id, with a warning", () => {
    const r = pair();
    expect(issuesOf(r, "unknown-node").map((i) => [i.line, i.field])).toEqual([[6, "target"]]);
    expect(node(r, "Z")!.attributes).toEqual({});
  });

  it("keeps self-loops and parallel edges, each reported", () => {
    const r = pair();
    expect(issue(r, "self-loop")).toMatchObject({ line: 5, action: expect.stringContaining("kept") });
    expect(r.report.selfLoops).toBe(1);
    expect(issue(r, "parallel-edges")).toMatchObject({ line: 4, message: expect.stringContaining("as at line 2") });
    expect(r.report.parallelEdges).toBe(1);
    const g = Graph.from(ok(r));
    expect(g.multi).toBe(true);
    expect(g.edges("A", "B")).toHaveLength(2);
  });

  it("reads Gephi's CSV: Type as per-edge direction (a mixed graph), Id, Label, Weight", () => {
    const r = importGraph([fixture("csv/gephi/nodes.csv"), fixture("csv/gephi/edges.csv")]);
    const g = Graph.from(ok(r));
    expect(r.report).toMatchObject({ mixed: true, directed: true });
    expect(g.type).toBe("mixed");
    expect(g.isUndirected("1")).toBe(true);
    expect(g.getEdgeAttributes("0")).toEqual({ label: "ab", weight: 1 });
    expect(g.getNodeAttributes("C")).toEqual({ label: "Node C", "Modularity Class": 1 });
  });

  it("takes an explicit mapping and refuses a column the file lacks", () => {
    const mapped = importGraph([fixture("csv/pair/edges.csv")], { csv: { edges: { source: "target", target: "source" } } });
    expect(ok(mapped).edges[0]).toMatchObject({ source: "B", target: "A" });
    const r = importGraph([fixture("csv/edges.csv")], { csv: { edges: { source: "from", target: "to" } } });
    expect(r.ok).toBe(false);
    expect(issue(r, "csv-mapping")).toMatchObject({ field: "from", message: expect.stringContaining('"source", "target", "weight"') });
  });
});

describe("CSV: weights", () => {
  it("keeps an edge whose weight is not a finite number ≥ 0 without a weight, the value as weight_raw", () => {
    const r = importGraph([fixture("csv/weights.csv")]);
    const g = ok(r);
    expect(issuesOf(r, "weight").map((i) => [i.line, i.field])).toEqual([[3, "weight"], [4, "weight"], [5, "weight"], [6, "weight"], [7, "weight"]]);
    expect(g.edges.map((e) => e.attributes)).toEqual([
      { weight: 1 },
      { weight_raw: "heavy" },
      { weight_raw: -2 },
      { weight_raw: "NaN" },
      { weight_raw: "Infinity" },
      { weight_raw: "-Infinity" },
      {},
      { weight: 0 },
      { weight: 100 },
    ]);
    // The metrics run on what was kept.
    expect(analyzeGraph(Graph.from(g)).nodes.A!.weightedDegree).toBe(1 + 0 + 100);
  });
});

describe("CSV: hostile ids and labels", () => {
  const r = importGraph([fixture("csv/hostile/nodes.csv"), fixture("csv/hostile/edges.csv")]);
  const g = ok(r);
  const byOriginal = new Map(g.nodes.map((n) => [(n.attributes?.original_id as string | undefined) ?? n.key, n]));

  it("stores built-in property names under keys that cannot collide, the id kept", () => {
    expect(issuesOf(r, "unsafe-key").map((i) => i.message.match(/"(.*?)"/)![1])).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expect(byOriginal.get("__proto__")!.key).toBe("__proto__~1");
    expect(byOriginal.get("constructor")!.attributes).toMatchObject({ original_id: "constructor", label: '<img src=x onerror="alert(1)">' });
    expect(byOriginal.get("hasOwnProperty")!.attributes).toEqual({ original_id: "hasOwnProperty", label: "hasOwnProperty" });
    expect(Object.prototype).not.toHaveProperty("a");
    const graph = Graph.from(g);
    expect(graph.order).toBe(13);
    expect(graph.outNeighbors("__proto__~1")).toEqual(["constructor~1"]);
  });

  it("keeps ids with quotes, brackets, inner spaces, emoji and right-to-left text exactly (trimmed)", () => {
    for (const id of ['say "hi"', "[brackets]", "with spaces", "😀 emoji", "שלום", "مرحبا", "007", "=SUM(A1)"]) expect(byOriginal.has(id), id).toBe(true);
    expect(byOriginal.get("שלום")!.attributes!.label).toBe("עברית \u200fRTL");
  });

  it("keeps HTML and script in labels as text, and a 10,000-character label in full with a warning", () => {
    expect(byOriginal.get("__proto__")!.attributes!.label).toBe("<script>alert('proto')</script>");
    expect(byOriginal.get("with spaces")!.attributes!.label).toBe("  spaced label  ");
    expect(byOriginal.get("long")!.attributes!.label).toHaveLength(10_000);
    expect(issue(r, "long-text")).toMatchObject({ line: 11, field: "label" });
  });

  it("gives the network metrics networkx gives on the same graph", () => {
    const analysis = analyzeGraph(Graph.from(g));
    const expected = hostileNx.expected.nodes;
    expect(Object.keys(analysis.nodes)).toHaveLength(Object.keys(expected).length);
    for (const [id, want] of Object.entries(expected)) {
      const got = analysis.nodes[byOriginal.get(id)!.key]!;
      for (const [metric, value] of Object.entries(want)) {
        if (value === null) expect(got[metric as keyof typeof got], `${id} ${metric}`).toBeNull();
        else expect(got[metric as keyof typeof got], `${id} ${metric}`).toBeCloseTo(value, 9);
      }
    }
    expect(analysis.graph.components).toBe(hostileNx.expected.graph.components);
    expect(analysis.graph.density).toBeCloseTo(hostileNx.expected.graph.density, 12);
  });
});

describe("binary files and limits", () => {
  it("refuses binary files with a text extension, saying what they look like", () => {
    const cases: [string, RegExp][] = [
      ["binary/image.csv", /PNG image/],
      ["binary/workbook.csv", /ZIP archive.*xlsx/],
      ["binary/nul.csv", /NUL bytes/],
      ["binary/controls.json", /control characters/],
      ["binary/gzip.gexf", /gzip/],
    ];
    for (const [f, what] of cases) {
      const r = importGraph([fixture(f)]);
      expect(r.ok, f).toBe(false);
      expect(issue(r, "binary-file"), f).toMatchObject({ severity: "error", file: f, message: expect.stringMatching(what) });
    }
  });

  it("refuses files over the size limit before reading them", () => {
    const r = importGraph([fixture("csv/edges.csv")], { limits: { maxBytes: 50 } });
    expect(r.ok).toBe(false);
    expect(issue(r, "too-large")).toMatchObject({ severity: "error", message: expect.stringMatching(/over the limit/) });
  });

  it("stops at the node and edge limits", () => {
    expect(issue(importGraph([fixture("csv/edges.csv")], { limits: { maxEdges: 2 } }), "too-many-edges")).toMatchObject({ severity: "error", line: 4 });
    expect(issue(importGraph([fixture("csv/edges.csv")], { limits: { maxNodes: 2 } }), "too-many-nodes")).toMatchObject({ severity: "error" });
    expect(issue(importGraph([fixture("csv/pair/nodes.csv"), fixture("csv/pair/edges.csv")], { limits: { maxNodes: 3 } }), "too-many-nodes")).toMatchObject({ severity: "error", file: "csv/pair/nodes.csv" });
  });

  it("refuses no files, and files of different formats", () => {
    expect(issue(importGraph([]), "no-files")).toMatchObject({ severity: "error" });
    const r = importGraph([fixture("csv/edges.csv"), textFile("g.json", '{"nodes":[]}')]);
    expect(issue(r, "format-mismatch")).toMatchObject({ severity: "error" });
  });
});

describe("previewCsv", () => {
  it("gives the header, the first rows, the row count and a guessed mapping", () => {
    const p = previewCsv(fixture("csv/semicolon-decimal-comma.csv"), { maxRows: 2 });
    expect(p).toMatchObject({
      delimiter: ";",
      decimalComma: true,
      header: ["source", "target", "weight", "note"],
      rows: [["Taipei", "Seoul", "2,5", "a; b"], ["Seoul", "Tokyo", "1.234,5", "x"]],
      rowCount: 3,
      role: "edges",
      mapping: { delimiter: ";", decimalComma: true, edges: { file: "csv/semicolon-decimal-comma.csv", source: "source", target: "target", weight: "weight" } },
    });
  });

  it("guesses a nodes file and Gephi's columns", () => {
    expect(previewCsv(fixture("csv/gephi/nodes.csv")).mapping.nodes).toEqual({ file: "csv/gephi/nodes.csv", id: "Id", label: "Label" });
    expect(previewCsv(fixture("csv/gephi/edges.csv")).mapping.edges).toEqual({ file: "csv/gephi/edges.csv", source: "Source", target: "Target", weight: "Weight", label: "Label", id: "Id", type: "Type" });
    expect(previewCsv(fixture("csv/pair/nodes.csv")).role).toBe("nodes");
  });

  it("reports an unreadable file as a preview with an error and no rows", () => {
    const p = previewCsv(fixture("binary/workbook.csv"));
    expect(p.rows).toEqual([]);
    expect(p.issues[0]).toMatchObject({ severity: "error", code: "binary-file" });
  });
});

describe("progress and cancel", () => {
  it("reports increasing fractions up to 1 with the step", () => {
    const seen: [number, string][] = [];
    importGraph([fixture("csv/edges.csv")], { onProgress: (f, s) => seen.push([f, s]) });
    expect(seen[0]).toEqual([0, "decoding"]);
    expect(seen.at(-1)).toEqual([1, "done"]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    expect(seen.map((s) => s[1])).toContain("validating");
  });

  it("throws the signal's reason when aborted (from onProgress, as a worker's flag would)", () => {
    const controller = new AbortController();
    const run = () => importGraph([fixture("csv/edges.csv")], { signal: controller.signal, onProgress: (f) => f >= 0.75 && controller.abort(new Error("cancelled")) });
    expect(run).toThrow("cancelled");
  });

  it("has no error issues when ok, and at least one when not", () => {
    expect(only(importGraph([fixture("csv/pair/nodes.csv"), fixture("csv/pair/edges.csv")]), "error")).toEqual([]);
    expect(only(importGraph([fixture("csv/empty.csv")]), "error").length).toBeGreaterThan(0);
  });
});
