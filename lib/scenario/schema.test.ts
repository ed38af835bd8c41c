import { describe, expect, it } from "vitest";
import { decodeScenario, encodeScenario, readScenarioFile, sameScenario, scenarioFileText } from "./encode";
import { parseScenario, parseScenarioLenient } from "./schema";
import { scenario } from "./test-graph";

describe("scenario schema", () => {
  it("fills defaults and gives every shock an id", () => {
    const r = parseScenario({ name: "x", shocks: [{ type: "remove", node: "tsmc" }, { id: "s1", type: "degrade", provider: "TWN", percent: 50 }] });
    expect(r.scenario).toEqual({
      version: 1,
      name: "x",
      options: { lens: "hq", baseline: "open" },
      sources: [],
      shocks: [
        { id: "s2", type: "remove", node: "tsmc", enabled: true },
        { id: "s1", type: "degrade", provider: "TWN", percent: 50, inputs: [], layers: [], enabled: true },
      ],
    });
  });

  it.each([
    [{ shocks: [{ type: "degrade", provider: "tsmc", percent: 150 }] }, "shocks.0.percent", "must be at most 100"],
    [{ shocks: [{ type: "teleport", node: "tsmc" }] }, "shocks.0.type", "unknown shock type"],
    [{ shocks: [{ type: "remove", node: "TSMC Inc." }] }, "shocks.0.node", "is not a node id"],
    [{ shocks: [{ type: "remove", node: "tsmc", colour: "red" }] }, "shocks.0", 'unknown field "colour"'],
    [{ shocks: "none" }, "shocks", ""],
    [{ shocks: [], options: { lens: "moon" } }, "options.lens", ""],
    [{ shocks: [{ type: "export-control", from: "NLD", to: [], inputs: ["euv-scanners"] }] }, "shocks.0.to", "names no target"],
  ])("names the bad field: %j → %s", (value, path, message) => {
    const r = parseScenario(value);
    expect(r.problem?.path).toBe(path);
    expect(r.problem?.message).toContain(message);
  });

  it("lenient parsing drops bad shocks with a message and keeps the rest", () => {
    const r = parseScenarioLenient({ name: "x", shocks: [{ type: "remove", node: "tsmc" }, { type: "degrade", provider: "tsmc", percent: -5 }, { type: "warp" }] });
    expect(r.scenario!.shocks).toHaveLength(1);
    expect(r.problems.map((p) => p.path)).toEqual(["shocks.1.percent", "shocks.2.type"]);
    expect(r.problems[0]!.message).toBe("shock 2 (degrade) skipped: must be at least 0");
    expect(parseScenarioLenient([1, 2]).scenario).toBeUndefined();
  });
});

describe("scenario links and files", () => {
  const taiwan = { ...scenario({ name: "Taiwan", shocks: [{ type: "remove", node: "TWN" }] }), id: "taiwan-strait" };

  it("an unchanged preset is its id; anything else is compact encoded JSON that round-trips", () => {
    expect(encodeScenario(taiwan, [taiwan])).toBe("p.taiwan-strait");
    const edited = { ...taiwan, shocks: [...taiwan.shocks, { id: "x", type: "degrade" as const, provider: "KOR", percent: 30, inputs: ["hbm"], layers: [], enabled: false }] };
    const param = encodeScenario(edited, [taiwan]);
    expect(param).toMatch(/^j\.[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(300);
    const back = decodeScenario(param, [taiwan]);
    expect(back.problems).toEqual([]);
    expect(back.scenario!.shocks).toEqual(edited.shocks);
    expect(back.scenario!.name).toBe("Taiwan");
    // Unicode names survive.
    const named = { ...edited, name: "Détroit — 台灣" };
    expect(decodeScenario(encodeScenario(named), []).scenario!.name).toBe("Détroit — 台灣");
  });

  it("the same scenario written with its keys in another order is the same scenario", () => {
    const a = scenario({ shocks: [{ type: "remove", node: "asml", id: "s1" }] });
    const b = { ...a, shocks: [{ node: "asml", enabled: true, id: "s1", type: "remove" as const }] };
    expect(sameScenario(a, b)).toBe(true);
    expect(sameScenario(a, { ...a, name: "other" })).toBe(false);
  });

  it("a bad or stale link reports problems and never throws", () => {
    expect(decodeScenario("p.atlantis", [taiwan]).problems[0]!.message).toBe('no preset "atlantis"');
    expect(decodeScenario("j.%%%", []).problems[0]!.message).toBe("the link's scenario is not valid encoded JSON");
    expect(decodeScenario("zzz", []).problems[0]!.message).toContain("not in a known format");
    expect(decodeScenario(`j.${"A".repeat(9000)}`, []).problems[0]!.message).toContain("longer than");
  });

  it("a file round-trips, and a broken file says why", () => {
    const text = scenarioFileText(taiwan);
    expect(readScenarioFile(text).scenario).toEqual(taiwan);
    expect(readScenarioFile("{ not json").problems[0]!.message).toMatch(/^not valid JSON/);
  });
});
