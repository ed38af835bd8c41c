/**
 * `npm run analyze` as a user runs it (node scripts/analyze.mjs, from its bundle): output equal to
 * networkx on a fixture whose work is spread unevenly over the worker threads, read from each
 * input format (--from json, csv, gexf, graphml), CSV, sampled betweenness, the import report and
 * the supply part, and a clear message with exit code 1 for each kind of bad input.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../lib/metrics/fixtures";
import type { Analysis } from "../lib/metrics/types";
import type { ImportReport } from "../lib/model/import";
import type { SupplySummary } from "../lib/supply/summary";

interface CliOutput {
  report: ImportReport;
  metrics: Analysis;
  supply?: SupplySummary;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-analyze-"));
const fixture = loadFixture("uneven-directed");
const graphFile = path.join(dir, "uneven.json");
writeFileSync(graphFile, JSON.stringify(fixture.graph));
const FIXTURES = path.join(ROOT, "lib/io/import/__fixtures__");

// The same graph as CSV, GEXF and GraphML, so each reader is checked against networkx.
const edges = fixture.graph.edges ?? [];
const xmlEsc = (s: string | number) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const weightOf = (e: (typeof edges)[number]) => (e.attributes as { weight?: number } | undefined)?.weight;
const asFile = (name: string, text: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
};
const FORMATS: [string, string[]][] = [
  ["json", [graphFile]],
  [
    "csv",
    [
      asFile("uneven-nodes.csv", ["id", ...fixture.graph.nodes.map((n) => n.key)].join("\n") + "\n"),
      asFile("uneven-edges.csv", ["source,target,weight", ...edges.map((e) => `${e.source},${e.target},${weightOf(e) ?? ""}`)].join("\n") + "\n"),
    ],
  ],
  [
    "gexf",
    [asFile(
      "uneven.gexf",
      `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>\n${fixture.graph.nodes.map((n) => `<node id="${xmlEsc(n.key)}"/>`).join("\n")}\n</nodes><edges>\n${edges.map((e) => `<edge source="${xmlEsc(e.source)}" target="${xmlEsc(e.target)}"${weightOf(e) !== undefined ? ` weight="${weightOf(e)}"` : ""}/>`).join("\n")}\n</edges></graph></gexf>\n`,
    )],
  ],
  [
    "graphml",
    [asFile(
      "uneven.graphml",
      `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="directed">\n${fixture.graph.nodes.map((n) => `<node id="${xmlEsc(n.key)}"/>`).join("\n")}\n${edges.map((e) => `<edge source="${xmlEsc(e.source)}" target="${xmlEsc(e.target)}">${weightOf(e) !== undefined ? `<data key="w">${weightOf(e)}</data>` : ""}</edge>`).join("\n")}\n</graph></graphml>\n`,
    )],
  ],
];

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/analyze.mjs"), ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(analyze("--build").code).toBe(0); // bundle once, so each test below times only the CLI
}, 120_000);

describe("npm run analyze", () => {
  it.each(FORMATS)("--from %s: every metric of every node equal to networkx, betweenness and closeness split over worker threads", (from, files) => {
    const r = analyze(...files, "--from", from, "--workers", "3");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as CliOutput;
    expect(out.report).toMatchObject({ format: from, nodes: fixture.expected.graph.nodes, edges: edges.length, directed: true, atlasKinds: false });
    expect(out.supply).toBeUndefined();
    const a = out.metrics;
    expect(Object.keys(a.nodes)).toHaveLength(fixture.expected.graph.nodes);
    const wrong: string[] = [];
    for (const [key, want] of Object.entries(fixture.expected.nodes)) {
      const got = a.nodes[key]!;
      for (const metric of ["betweenness", "closeness", "degree", "inDegree", "outDegree"] as const) {
        if (Math.abs(got[metric] - want[metric]) > 1e-9) wrong.push(`${key}.${metric}: ${got[metric]} vs ${want[metric]}`);
      }
      if (Math.abs(got.pagerank! - want.pagerank!) > 1e-5) wrong.push(`${key}.pagerank`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(a.graph).toMatchObject({ components: fixture.expected.graph.components, simpleEdges: fixture.expected.graph.simpleEdges });
    expect(a.graph.sampling).toBeUndefined();
  });

  it("prints CSV with one row per node", () => {
    const r = analyze(graphFile, "--format=csv", "--workers", "1");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("id,degree,inDegree,outDegree,weightedDegree,betweenness,pagerank,closeness,eigenvector,community");
    expect(lines).toHaveLength(fixture.expected.graph.nodes + 1);
  });

  it("samples betweenness on request and states the bound", () => {
    const r = analyze(graphFile, "--sample", "60", "--seed", "9");
    expect(r.code).toBe(0);
    const a = (JSON.parse(r.stdout) as CliOutput).metrics;
    expect(a.graph.sampling).toMatchObject({ sources: 60, seed: 9, nodes: 740 });
    expect(a.graph.notes.join(" ")).toMatch(/estimated from 60 of 740 sources/);
  });

  it.each([
    [["nope.json"], /cannot read nope\.json/],
    [[], /no graph file given/],
    [["g.json", "--format", "xml"], /unknown format "xml"/],
    [["g.json", "--workers", "0"], /--workers needs an integer ≥ 1/],
    [["g.json", "--sample", "1"], /--sample needs an integer ≥ 2/],
    [["g.json", "--seed", "3"], /--seed only applies with --sample/],
    [["g.json", "--from", "xls"], /unknown input format "xls"/],
    [["g.json", "--bogus"], /unexpected argument "--bogus"/],
  ])("refuses %j with a clear message", (args, message) => {
    const r = analyze(...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("reports what it read: each warning with its file, line and field", () => {
    const nodes = path.join(FIXTURES, "csv/pair/nodes.csv");
    const edgesCsv = path.join(FIXTURES, "csv/pair/edges.csv");
    const r = analyze(nodes, edgesCsv, "--workers", "1");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as CliOutput;
    expect(out.report.files.map((f) => [f.name, f.role, f.rows])).toEqual([[nodes, "nodes", 6], [edgesCsv, "edges", 7]]);
    expect(out.report.issues).toContainEqual(expect.objectContaining({ code: "unknown-node", file: edgesCsv, line: 6, field: "target" }));
    expect(Object.keys(out.metrics.nodes).sort()).toEqual(["A", "B", "C", "Z"]);
    // CSV output: the warnings on stderr.
    const csv = analyze(nodes, edgesCsv, "--format", "csv", "--workers", "1");
    expect(csv.stderr).toContain(`analyze: warning: ${edgesCsv}, line 6, field "target": an edge refers to node "Z"`);
  });

  it("prints the supply part for a file in the Atlas's kinds: HHI by nation and firm, chokepoints, providers", () => {
    const r = analyze(path.join(FIXTURES, "csv/atlas/nodes.csv"), path.join(FIXTURES, "csv/atlas/edges.csv"), "--from", "csv", "--workers", "1");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as CliOutput;
    expect(out.report.atlasKinds).toBe(true);
    expect(out.supply!.inputs.find((i) => i.id === "foundry")).toEqual({
      id: "foundry",
      name: "Foundry",
      hhiNation: 70 * 70 + 45 * 45,
      hhiFirm: 70 * 70 + 45 * 45,
      chokepoint: true,
      reasons: expect.arrayContaining(["TSMC holds 70% (≥ 50%)"]),
      providers: [
        { id: "tsmc", name: "TSMC", share: 70 },
        { id: "samsung", name: "Samsung", share: 45 },
      ],
    });
  });

  it("names the file, line and element of what cannot be imported, and exits 1", () => {
    const truncated = path.join(FIXTURES, "gexf/truncated.gexf");
    const r = analyze(truncated);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^analyze: error: ${truncated.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, line \\d+, gexf/graph/edges: the file ends inside`));
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ key: "a" }]));
    expect(analyze(bad).stderr).toBe(`analyze: error: ${bad}, line 1: the JSON is an array, not a graph object { nodes: [...], edges: [...] } (nothing imported)\n`);
    expect(analyze(path.join(FIXTURES, "csv"), "--from", "csv").stderr).toMatch(/is a folder: give the graph's files/);
  });
});
