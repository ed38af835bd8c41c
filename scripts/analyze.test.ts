/**
 * `npm run analyze` as a user runs it (node scripts/analyze.mjs, from its bundle): output equal to
 * networkx on a fixture whose work is spread unevenly over the worker threads, CSV, sampled
 * betweenness, and a clear message with exit code 1 for each kind of bad input.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../lib/metrics/fixtures";
import type { Analysis } from "../lib/metrics/types";

const ROOT = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-analyze-"));
const fixture = loadFixture("uneven-directed");
const graphFile = path.join(dir, "uneven.json");
writeFileSync(graphFile, JSON.stringify(fixture.graph));

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/analyze.mjs"), ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(analyze("--build").code).toBe(0); // bundle once, so each test below times only the CLI
}, 120_000);

describe("npm run analyze", () => {
  it("prints every metric of every node equal to networkx, betweenness and closeness split over worker threads", () => {
    const r = analyze(graphFile, "--workers", "3");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
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
    const a = JSON.parse(r.stdout) as Analysis;
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

  it("names the file and the JSON path of a bad field", () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ nodes: [{ key: "a" }], edges: [{ source: "a", target: "zz" }] }));
    const r = analyze(bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`analyze: ${bad}: edges[0].target: unknown node "zz"\n`);
  });
});
