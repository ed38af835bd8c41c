/** The Details panel's criticality block (lib/view/details.ts criticalityView) on a hand-built graph. */
import { describe, expect, it } from "vitest";
import { computeCriticality } from "../scenario/criticality";
import { scenarioGraph } from "../scenario/test-graph";
import { criticalityExplanation, criticalityView, formatLoss } from "./details";

// tool = ta (AAA) 60 + tb (BBB) 40; train = lab (CCC) 100, requires tool; final capabilities: train.
function graph() {
  const g = scenarioGraph()
    .nation("AAA", "Aland").nation("BBB", "Bland").nation("CCC", "Cland")
    .firm("ta", "AAA").firm("tb", "BBB").firm("lab", "CCC")
    .input("tool").input("train", "models")
    .provides("ta", "tool", { share: 60 })
    .provides("tb", "tool", { share: 40 })
    .provides("lab", "train", { share: 100 })
    .requires("train", "tool")
    .bloc("club", ["AAA", "BBB"])
    .build();
  g.setAttribute("meta", { ...g.getAttribute("meta"), finalCapabilities: ["train"] });
  return g;
}

describe("criticalityView", () => {
  it("words a firm's criticality: heading, each final capability, what is hit, rank among firms", () => {
    const g = graph();
    const v = criticalityView(g, computeCriticality(g), "ta")!;
    expect(v.heading).toBe("If TA stopped supplying");
    // ta's 60% of tool is gone: train falls to 40%.
    expect(v.capabilities).toEqual([{ id: "train", label: "train", before: 1, after: 0.4, loss: 0.6 }]);
    expect(v.inputsHit.map((x) => [x.label, x.loss])).toEqual([["tool", 0.6], ["train", 0.6]]);
    expect(v.nationsHit.map((x) => x.label)).toEqual(["Aland", "Cland"]);
    // Firms: lab 1, ta 0.6, tb 0.4.
    expect([v.rank, v.of, v.kindPlural]).toEqual([2, 3, "firms"]);
  });

  it("an input's heading; none for a bloc", () => {
    const g = graph();
    const t = computeCriticality(g);
    expect(criticalityView(g, t, "tool")!.heading).toBe("If the supply of tool stopped");
    expect(criticalityView(g, t, "club")).toBeUndefined();
    expect(criticalityView(g, t, "nope")).toBeUndefined();
  });

  it("explains the measure naming the final capabilities and the threshold; formats losses", () => {
    expect(criticalityExplanation({ finals: [{ input: "a", label: "Frontier model training" }, { input: "b", label: "GPU cloud" }], epsilon: 0.005 })).toMatch(
      /mean over Frontier model training and GPU cloud\) lost in the short term .* more than 0\.5 points of world supply/,
    );
    expect([formatLoss(0.704), formatLoss(0), formatLoss(1), formatLoss(0.0004)]).toEqual(["−70.4%", "0%", "−100%", "0%"]);
  });
});
