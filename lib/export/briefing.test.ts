import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../metrics/analyze";
import { getCuratedGraph } from "../model/curated";
import { loadScenarioLibrary } from "../scenario/curated";
import { runScenario } from "../scenario/run";
import { DEFAULT_VIEW } from "../view/url-state";
import { metricsTable, scenarioBrief } from "./briefing";
import { exportFilename } from "./filename";

const graph = getCuratedGraph();

describe("metricsTable", () => {
  it("gives every registry metric of exactly the nodes asked for", () => {
    const analysis = analyzeGraph(graph);
    const t = metricsTable(analysis, ["asml", "tsmc", "no-such-node"]);
    expect(Object.keys(t.values)).toEqual(["asml", "tsmc"]);
    expect(t.columns.map((c) => c.id)).toEqual(expect.arrayContaining(["degree", "betweenness", "pagerank", "community"]));
    expect(t.values.asml!.pagerank).toBe(analysis.nodes.asml!.pagerank);
    // The brief ranks by PageRank unless asked otherwise (an unknown id falls back to PageRank).
    expect(t.rankBy).toBe("pagerank");
    expect(metricsTable(analysis, ["asml"], "betweenness").rankBy).toBe("betweenness");
    expect(metricsTable(analysis, ["asml"], "nonsense").rankBy).toBe("pagerank");
  });
});

describe("scenarioBrief", () => {
  const lib = loadScenarioLibrary();
  const taiwan = lib.presets.find((p) => p.id === "taiwan-strait")!;
  const result = runScenario(graph, taiwan, lib.substitution);
  const brief = scenarioBrief(result, taiwan.description);

  it("carries the scenario's name, description and generated summary", () => {
    expect(brief.title).toBe(result.name);
    expect(brief.description.startsWith(taiwan.description!)).toBe(true);
    expect(brief.description).toContain(result.summary[0]!);
  });

  it("lists the most affected nations: the United States (whose model making stalls) then Taiwan (whose fabs go offline)", () => {
    const rows = brief.impact!.rows;
    expect(rows.length).toBe(15);
    expect(brief.impact!.columns).toHaveLength(rows[0]!.length);
    const twn = result.nations.find((n) => n.nation === "TWN")!;
    // Every nation loses the same access; the US's mean output share falls most in points (its models need Taiwan's chips).
    expect(rows[0]![0]).toBe("United States");
    expect(rows[1]![0]).toBe("Taiwan");
    expect(rows[1]![1]).toBe(`${(twn.access.before * 100).toFixed(1)}% → ${(twn.access.after * 100).toFixed(1)}%`);
    expect(rows[1]![2]).toBe((twn.loss * 100).toFixed(1));
    // Taiwan's mean output share falls by more than half under this preset.
    const [before, after] = String(rows[1]![4]).split(" → ").map((x) => parseFloat(x));
    expect(after!).toBeLessThan(before! / 2);
  });
});

describe("exportFilename", () => {
  it("names a scenario view after its preset", () => {
    const day = new Date(2026, 10, 26);
    expect(exportFilename({ ...DEFAULT_VIEW, scenario: "p.taiwan-strait" }, "pdf", day)).toBe("atlas-scenario-taiwan-strait-2026-11-26.pdf");
    expect(exportFilename({ ...DEFAULT_VIEW, scenario: "j.eyJ2IjoxfQ" }, "png", day)).toBe("atlas-scenario-2026-11-26.png");
    expect(exportFilename({ ...DEFAULT_VIEW, focus: "asml" }, "csv" as never, day)).toMatch(/^atlas-focus-asml-2026-11-26\./);
  });
});
