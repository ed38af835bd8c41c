/**
 * The parallel engine (worker_threads) against networkx, on every fixture, with the work forced
 * onto the workers however small the graph; the pool's scheduling, progress and cancel; sampled
 * betweenness against networkx's own estimate on the same sources, and its stated bound.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parseGraphologyJson } from "../io/graphology-json";
import { analyzeGraph, analyzeGraphWith, planPaths } from "./analyze";
import { fixtureNames, loadFixture, type Fixture } from "./fixtures";
import { analyzeGraphParallel } from "./node";
import { createNodePool } from "./node-pool";
import { allSourcesJob, runPaths } from "./paths";
import { samplingBound } from "./sampling";
import { toSimpleGraph } from "./simple-graph";
import type { AnyGraph } from "../model/graph";

function graphOf(fixture: Fixture): AnyGraph {
  const parsed = parseGraphologyJson(fixture.graph);
  if (!parsed.ok) throw new Error(`${fixture.name}: ${parsed.error.path}: ${parsed.error.message}`);
  return parsed.graph;
}

const pool = createNodePool(3); // more workers than cores: chunks interleave for real
afterAll(() => pool.close());

function differences(got: Record<string, number | null>, want: Record<string, number>, tol: number): string[] {
  return Object.entries(want)
    .filter(([k, w]) => typeof got[k] !== "number" || Math.abs(got[k]! - w) > tol)
    .map(([k, w]) => `${JSON.stringify(k)}: got ${got[k]}, networkx ${w}`);
}

describe.each(fixtureNames())("fixture %s on 3 worker threads", (name) => {
  const fixture = loadFixture(name);
  const graph = graphOf(fixture);

  it("betweenness and closeness equal networkx to 1e-9", async () => {
    const a = await analyzeGraphWith(graph, pool, {}, 0);
    for (const metric of ["betweenness", "closeness"] as const) {
      const got = Object.fromEntries(Object.entries(a.nodes).map(([k, m]) => [k, m[metric]]));
      const want = Object.fromEntries(Object.entries(fixture.expected.nodes).map(([k, m]) => [k, m[metric]]));
      expect(differences(got, want, 1e-9).slice(0, 5), metric).toEqual([]);
    }
  });

  it("gives the same analysis as the single-threaded engine", async () => {
    const parallel = await analyzeGraphWith(graph, pool, {}, 0);
    const serial = analyzeGraph(graph);
    expect(parallel.graph).toEqual(serial.graph);
    for (const [key, m] of Object.entries(serial.nodes)) {
      const p = parallel.nodes[key]!;
      expect({ ...p, betweenness: 0 }).toEqual({ ...m, betweenness: 0 });
      expect(Math.abs(p.betweenness - m.betweenness)).toBeLessThanOrEqual(1e-12);
    }
  });

  const sampled = fixture.expected.sampledBetweenness;
  if (sampled) {
    it(`sampled betweenness (k = ${sampled.k}) equals networkx's on the same sources, threads or not`, async () => {
      const options = { betweennessSample: { sources: sampled.sources } };
      for (const a of [analyzeGraph(graph, options), await analyzeGraphWith(graph, pool, options, 0)]) {
        const got = Object.fromEntries(Object.entries(a.nodes).map(([k, m]) => [k, m.betweenness]));
        expect(differences(got, sampled.values, 1e-9).slice(0, 5)).toEqual([]);
        expect(a.graph.sampling).toMatchObject({ metric: "betweenness", sources: sampled.k, nodes: fixture.expected.graph.nodes, seed: null });
        // Closeness stays exact.
        const closeness = Object.fromEntries(Object.entries(a.nodes).map(([k, m]) => [k, m.closeness]));
        const want = Object.fromEntries(Object.entries(fixture.expected.nodes).map(([k, m]) => [k, m.closeness]));
        expect(differences(closeness, want, 1e-9)).toEqual([]);
      }
    });
  }
});

describe("sampled betweenness", () => {
  const fixture = loadFixture("random-directed-1000");
  const graph = graphOf(fixture);
  const exact = fixture.expected.nodes;

  it("is off by default and states its error bound when on", () => {
    expect(analyzeGraph(graph).graph.sampling).toBeUndefined();
    const a = analyzeGraph(graph, { betweennessSample: { k: 200, seed: 3 } });
    expect(a.graph.sampling).toMatchObject({ sources: 200, nodes: 1000, seed: 3, confidence: 0.95 });
    expect(a.graph.sampling!.bound).toBeCloseTo(samplingBound(1000, 200), 15);
    expect(a.graph.notes.join(" ")).toMatch(/betweenness is estimated from 200 of 1000 sources \(seed 3\): every value is within ±0\.\d+/);
  });

  it("repeats for a seed and stays within its stated bound, for several seeds", () => {
    const run = (seed: number) => analyzeGraph(graph, { betweennessSample: { k: 100, seed } });
    expect(run(5).nodes).toEqual(run(5).nodes);
    for (const seed of [1, 2, 3]) {
      const a = run(seed);
      const worst = Math.max(...Object.entries(exact).map(([k, m]) => Math.abs(a.nodes[k]!.betweenness - m.betweenness)));
      expect(worst).toBeLessThanOrEqual(a.graph.sampling!.bound);
      expect(worst).toBeGreaterThan(0); // really sampled
    }
  });

  it("the bound is 0 with every source, shrinks with k, and k ≥ n is exact", () => {
    expect(samplingBound(1000, 1000)).toBe(0);
    expect(samplingBound(1000, 400)).toBeLessThan(samplingBound(1000, 100));
    const a = analyzeGraph(graph, { betweennessSample: { k: 5000 } });
    expect(a.graph.sampling).toBeUndefined();
    expect(() => analyzeGraph(graph, { betweennessSample: { k: 1 } })).toThrow(/integer ≥ 2/);
    expect(() => analyzeGraph(graph, { betweennessSample: { sources: ["0", "nope"] } })).toThrow(/"nope", which is not a node/);
  });
});

describe("the worker pool", () => {
  const fixture = loadFixture("uneven-directed");
  const g = toSimpleGraph(graphOf(fixture));
  const job = allSourcesJob(g.order, g.out.offsets, g.out.targets, 3);

  it("adds up the same sums as one thread, reporting progress per chunk up to 1", async () => {
    const seen: number[] = [];
    const sums = await pool.run(job, { onProgress: (f) => seen.push(f) });
    const serial = runPaths(job);
    expect(Array.from(sums.distance)).toEqual(Array.from(serial.distance));
    expect(Array.from(sums.reached)).toEqual(Array.from(serial.reached));
    sums.dependency.forEach((d, i) => expect(Math.abs(d - serial.dependency[i]!)).toBeLessThanOrEqual(1e-9));
    expect(seen.length).toBeGreaterThan(20);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it("stops at once when cancelled, with the signal's reason, and works again afterwards", async () => {
    const controller = new AbortController();
    const run = pool.run(job, { signal: controller.signal, onProgress: (f) => f > 0.1 && controller.abort(new Error("cancelled by user")) });
    await expect(run).rejects.toThrow("cancelled by user");
    const again = await pool.run(job);
    expect(Array.from(again.reached)).toEqual(Array.from(runPaths(job).reached));
  });

  it("analyzeGraphParallel cancels from its signal and never resolves a partial analysis", async () => {
    const controller = new AbortController();
    let metric = "";
    const run = analyzeGraphWith(graphOf(fixture), pool, {
      signal: controller.signal,
      onProgress: (f, m) => {
        metric = m;
        if (m === "betweenness" && f > 0.5) controller.abort(new Error("stop"));
      },
    }, 0);
    await expect(run).rejects.toThrow("stop");
    expect(metric).not.toBe("done");
  });

  it("analyzeGraphParallel on the default shared pool equals analyzeGraph", async () => {
    const graph = graphOf(loadFixture("random-directed-1000"));
    const [parallel, serial] = [await analyzeGraphParallel(graph, { workers: 2 }), analyzeGraph(graph)];
    expect(parallel.graph).toEqual(serial.graph);
    expect(planPaths(toSimpleGraph(graph)).work).toBeGreaterThan(4e6); // big enough to go to the workers
  });
});
