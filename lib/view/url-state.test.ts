import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from "./url-state";

const parse = (qs: string) => parseViewState(new URLSearchParams(qs));

describe("view state in the URL", () => {
  it("round-trips every field", () => {
    const state: ViewState = {
      node: "tsmc",
      focus: "asml",
      depth: 3,
      dir: "up",
      layers: ["design", "fabrication"],
      kinds: ["firm", "input"],
      edges: ["provides", "requires"],
      nations: ["NLD", "TWN"],
      relations: true,
      isolated: true,
      unfold: true,
      year: 2023,
      layout: "flow",
      view: "table",
      from: "nvidia",
      to: "NLD",
      pathDir: "both",
      color: "kind",
      size: "betweenness",
      scenario: "j.eyJuYW1lIjoieCJ9",
    };
    const qs = serializeViewState(state);
    expect(parse(qs)).toEqual({ state, problems: [] });
  });

  it("omits defaults so the plain view has a plain URL", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
    expect(serializeViewState({ ...DEFAULT_VIEW, node: "asml" })).toBe("node=asml");
    // Depth and direction only matter with a focus.
    expect(serializeViewState({ ...DEFAULT_VIEW, depth: 2 })).toBe("");
  });

  it("sizes by criticality by default; sizes by kind only as size=kind", () => {
    expect(DEFAULT_VIEW.size).toBe("criticality");
    expect(parse("").state.size).toBe("criticality");
    expect(serializeViewState({ ...DEFAULT_VIEW, size: "criticality" })).toBe("");
    expect(serializeViewState({ ...DEFAULT_VIEW, size: "kind" })).toBe("size=kind");
    // No size metric at all reads as sizes by kind, so a reload keeps it.
    expect(serializeViewState({ ...DEFAULT_VIEW, size: undefined })).toBe("size=kind");
    expect(parse("size=kind").state.size).toBe("kind");
    expect(parse("size=pagerank").state.size).toBe("pagerank");
  });

  it("drops what it cannot read and says so, keeping the rest", () => {
    const { state, problems } = parse("node=tsmc&depth=9&layout=spiral&layers=design,bogus&year=20x&nations=NLD,nl");
    expect(state.node).toBe("tsmc");
    expect(state.depth).toBe(1);
    expect(state.layout).toBe("chain");
    expect(state.layers).toEqual(["design"]);
    expect(state.year).toBeUndefined();
    expect(state.nations).toEqual(["NLD"]);
    expect(problems).toHaveLength(5);
    expect(problems.join("; ")).toMatch(/depth.*spiral.*bogus|depth/);
  });

  it("keeps a scenario link as it is and drops one that is not a scenario link", () => {
    expect(parse("scenario=p.taiwan-strait").state.scenario).toBe("p.taiwan-strait");
    const bad = parse("scenario=%3Cscript%3E");
    expect(bad.state.scenario).toBeUndefined();
    expect(bad.problems).toEqual(["ignored scenario: not a scenario link"]);
  });

  it("keeps hostile ids as plain strings (they are looked up, never used as selectors)", () => {
    const id = `a"],[b='c'] <script>`;
    const { state } = parse(serializeViewState({ ...DEFAULT_VIEW, node: id }));
    expect(state.node).toBe(id);
  });
});
