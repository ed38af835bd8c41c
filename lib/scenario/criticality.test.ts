/**
 * Criticality on hand-built graphs: every expected value is worked out by hand in the comments
 * (the cascade of README.md, short term, open baseline, world row). One test checks that the
 * world-row shortcut (`uniform`) gives what the full scenario run gives.
 */
import { describe, expect, it } from "vitest";
import type { AtlasGraph } from "../model/graph";
import { computeCriticality, criticalityOf } from "./criticality";
import { runScenario } from "./run";
import { EMPTY_SUBSTITUTION } from "./substitution";
import { chainGraph, scenario, scenarioGraph, substitution } from "./test-graph";

/** Names the final capabilities the way dataset.json does. */
function withFinals(graph: AtlasGraph, finals: string[]): AtlasGraph {
  graph.setAttribute("meta", { ...graph.getAttribute("meta"), finalCapabilities: finals });
  return graph;
}

/** tool = ta (A) 60 + tb (B) 40; train (the one final capability) = lab (C) 100, requires tool. */
function twoProviders(): AtlasGraph {
  return withFinals(
    scenarioGraph()
      .nation("AAA").nation("BBB").nation("CCC")
      .firm("ta", "AAA").firm("tb", "BBB").firm("lab", "CCC")
      .input("tool", "equipment").input("train", "models")
      .provides("ta", "tool", { share: 60 })
      .provides("tb", "tool", { share: 40 })
      .provides("lab", "train", { share: 100 })
      .requires("train", "tool")
      .build(),
    ["train"],
  );
}

const loss = (g: AtlasGraph, id: string) => criticalityOf(g, id)!.loss;

describe("criticality", () => {
  it("a two-provider input 60/40 feeding the one final capability: each provider's share is lost", () => {
    const g = twoProviders();
    // ta stops: tool 40 of 100 → 0.4; lab makes 100 × 0.4 → train 0.4 → 0.6 lost.
    expect(loss(g, "ta")).toBe(0.6);
    expect(loss(g, "tb")).toBe(0.4);
    // Nations: their firms by headquarters.
    expect(loss(g, "AAA")).toBe(0.6);
    expect(loss(g, "BBB")).toBe(0.4);
    expect(loss(g, "CCC")).toBe(1);
    expect(loss(g, "lab")).toBe(1);
    // Inputs: the whole supply stops.
    expect(loss(g, "tool")).toBe(1);
    expect(loss(g, "train")).toBe(1);
    expect(criticalityOf(g, "ta")!.capabilities).toEqual([{ input: "train", label: "train", before: 1, after: 0.4, loss: 0.6 }]);
  });

  it("inputs and nations hit: availability or own output down by more than 0.5 points, the node itself not counted", () => {
    const g = twoProviders();
    const ta = criticalityOf(g, "ta")!;
    // tool and train both fall to 0.4; A made 60% of tool (now 0), C made all of train (now 40%); B's 40% of tool is untouched.
    expect(ta.inputsHit).toEqual([
      { input: "tool", loss: 0.6 },
      { input: "train", loss: 0.6 },
    ]);
    expect(ta.nationsHit).toEqual([
      { nation: "AAA", loss: 0.6 },
      { nation: "CCC", loss: 0.6 },
    ]);
    const tool = criticalityOf(g, "tool")!;
    expect(tool.inputsHit).toEqual([{ input: "train", loss: 1 }]);
    // C loses all of train, A its 60 and B its 40 points of tool.
    expect(tool.nationsHit).toEqual([
      { nation: "CCC", loss: 1 },
      { nation: "AAA", loss: 0.6 },
      { nation: "BBB", loss: 0.4 },
    ]);
    // A nation does not count itself.
    expect(criticalityOf(g, "AAA")!.nationsHit).toEqual([{ nation: "CCC", loss: 0.6 }]);
    // The 0.5-point threshold: a 0.4-point loss is not a hit (epsilon 0.005 → 0.5 points).
    const small = withFinals(
      scenarioGraph().nation("AAA").nation("BBB").firm("tiny", "AAA").firm("big", "BBB").input("tool").provides("tiny", "tool", { share: 0.4 }).provides("big", "tool", { share: 99.6 }).build(),
      ["tool"],
    );
    expect(criticalityOf(small, "tiny")!.loss).toBe(0.004);
    expect(criticalityOf(small, "tiny")!.nationsHit).toEqual([]);
    expect(criticalityOf(small, "tiny", { epsilon: 0.001 })!.nationsHit).toEqual([{ nation: "AAA", loss: 0.004 }]);
  });

  it("an inherited chain: a firm two stages up takes the final capability with it; the unattributed rest survives a firm, not its input", () => {
    // resist = r1 (JPN) 100; chip = fab (TWN) 70 + 30 unattributed, requires resist; train = lab (USA) 100, requires chip.
    const g = withFinals(
      scenarioGraph()
        .nation("JPN").nation("TWN").nation("USA")
        .firm("r1", "JPN").firm("fab", "TWN").firm("lab", "USA")
        .input("resist", "materials").input("chip", "fabrication").input("train", "models")
        .provides("r1", "resist", { share: 100 })
        .provides("fab", "chip", { share: 70 })
        .provides("lab", "train", { share: 100 })
        .requires("chip", "resist")
        .requires("train", "chip")
        .build(),
      ["train"],
    );
    // r1 stops: resist 0 → every chip maker (fab and the unattributed 30) makes 0 → train 0.
    expect(loss(g, "r1")).toBe(1);
    expect(loss(g, "JPN")).toBe(1);
    // fab stops: chip = 30 (unattributed) → train 0.3 → 0.7 lost.
    expect(loss(g, "fab")).toBe(0.7);
    expect(loss(g, "TWN")).toBe(0.7);
    // The chip input stops: the unattributed 30 with it.
    expect(loss(g, "chip")).toBe(1);
    const r1 = criticalityOf(g, "r1")!;
    expect(r1.inputsHit.map((x) => x.input)).toEqual(["chip", "resist", "train"]);
    // Japan (r1's home) made all the resist, the United States all of train, Taiwan 70% of chips.
    expect(r1.nationsHit).toEqual([
      { nation: "JPN", loss: 1 },
      { nation: "USA", loss: 1 },
      { nation: "TWN", loss: 0.7 },
    ]);
  });

  it("a nation holding two firms loses both firms' shares; each firm alone loses its own", () => {
    // tool = a1 (A) 30 + a2 (A) 20 + b1 (B) 50; the final capability is the tool itself.
    const g = withFinals(
      scenarioGraph()
        .nation("AAA").nation("BBB")
        .firm("a1", "AAA").firm("a2", "AAA").firm("b1", "BBB")
        .input("tool")
        .provides("a1", "tool", { share: 30 })
        .provides("a2", "tool", { share: 20 })
        .provides("b1", "tool", { share: 50 })
        .build(),
      ["tool"],
    );
    expect(loss(g, "a1")).toBe(0.3);
    expect(loss(g, "a2")).toBe(0.2);
    expect(loss(g, "AAA")).toBe(0.5);
    expect(loss(g, "BBB")).toBe(0.5);
  });

  it("the mean over several final capabilities; parts of substitution.csv count by their mean", () => {
    // chainGraph: tool = ta 60 + tb 40; chip = ca 50 + cb 30 + 20 other, requires tool. Finals: tool and chip.
    const g = withFinals(chainGraph(), ["chip", "tool"]);
    // ta stops: tool 0.4, chip 0.4 → mean loss 0.6. cb stops: chip 0.7, tool 1 → (0.3 + 0) / 2 = 0.15.
    expect(loss(g, "ta")).toBe(0.6);
    expect(loss(g, "cb")).toBe(0.15);
    expect(criticalityOf(g, "cb")!.capabilities.map((c) => [c.input, c.loss])).toEqual([
      ["chip", 0.3],
      ["tool", 0],
    ]);

    // accel = gpu or asic (parts): gpu = g1 100, asic = s1 100; train = lab 100, requires accel.
    const p = withFinals(
      scenarioGraph()
        .nation("AAA").nation("BBB")
        .firm("g1", "AAA").firm("s1", "BBB").firm("ax", "AAA").firm("lab", "AAA")
        .input("gpu", "design").input("asic", "design").input("accel", "fabrication").input("train", "models")
        .provides("g1", "gpu", { share: 100 })
        .provides("s1", "asic", { share: 100 })
        .provides("ax", "accel", { share: 100 })
        .provides("lab", "train", { share: 100 })
        .requires("accel", "gpu")
        .requires("accel", "asic")
        .requires("train", "accel")
        .build(),
      ["train"],
    );
    // Essential (no parts table): g1 stops → accel min(0, 1) = 0 → 1 lost. As parts: mean(0, 1) = 0.5.
    expect(criticalityOf(p, "g1")!.loss).toBe(1);
    expect(criticalityOf(p, "g1", { substitution: substitution({}, { accel: ["gpu", "asic"] }) })!.loss).toBe(0.5);
  });

  it("equals the world availability a `remove` shock gives in a full scenario run", () => {
    const g = withFinals(chainGraph(), ["chip", "tool"]);
    for (const node of ["ta", "tb", "ca", "cb", "AAA", "BBB", "CCC"]) {
      const r = runScenario(g, scenario({ shocks: [{ type: "remove", node }] }), EMPTY_SUBSTITUTION, { centrality: false });
      const c = criticalityOf(g, node)!;
      for (const f of c.capabilities) expect(f.after).toBe(r.inputs.find((x) => x.input === f.input)!.world.after);
    }
  });

  it("ranks: all kinds together and per kind, ties sharing a rank; a node with no supply loses nothing", () => {
    const g = twoProviders();
    g.addNode("ZZZ", { kind: "nation", label: "ZZZ", aliases: [], region: "test", sources: ["src-nodes"] } as never);
    const t = computeCriticality(g);
    // Losses: tool 1, train 1, lab 1, CCC 1, ta 0.6, AAA 0.6, tb 0.4, BBB 0.4, ZZZ 0.
    expect(t.nodes.ZZZ!.loss).toBe(0);
    expect(t.nodes.ZZZ!.inputsHit).toEqual([]);
    expect([t.nodes.tool!.rank, t.nodes.lab!.rank, t.nodes.ta!.rank, t.nodes.AAA!.rank, t.nodes.tb!.rank, t.nodes.ZZZ!.rank]).toEqual([1, 1, 5, 5, 7, 9]);
    expect([t.nodes.lab!.kindRank, t.nodes.ta!.kindRank, t.nodes.tb!.kindRank, t.nodes.lab!.ofKind]).toEqual([1, 2, 3, 3]);
    expect([t.nodes.CCC!.kindRank, t.nodes.AAA!.kindRank, t.nodes.BBB!.kindRank, t.nodes.ZZZ!.kindRank, t.nodes.ZZZ!.ofKind]).toEqual([1, 2, 3, 4, 4]);
    expect(t.finals).toEqual([{ input: "train", label: "train" }]);
    // Cached per graph and options.
    expect(computeCriticality(g)).toBe(t);
  });

  it("without final capabilities in the data every loss is 0", () => {
    const g = withFinals(twoProviders(), []);
    expect(computeCriticality(g).finals).toEqual([]);
    expect(loss(g, "ta")).toBe(0);
  });
});
