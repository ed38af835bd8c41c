import { describe, expect, it } from "vitest";
import { approximateMeasure, LABEL_PX, MIN_LABEL_PX, overlappingPairs, overlaps, placeLabels, wrapLabel, type LabelCandidate } from "./labels";

const node = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ id, x, y, size: 16, label: `Node ${id}`, ...extra });

describe("wrapLabel", () => {
  it("keeps a short name on one line", () => {
    expect(wrapLabel("TSMC", 12, approximateMeasure)).toEqual(["TSMC"]);
  });
  it("wraps a long name onto two lines, each within the width", () => {
    const lines = wrapLabel("Photomask inspection and repair tools", 12, approximateMeasure, 132);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(approximateMeasure(l, 12)).toBeLessThanOrEqual(132);
    expect(lines.join(" ").replace("…", "")).toMatch(/^Photomask inspection/);
  });
  it("shortens what does not fit in two lines with an ellipsis", () => {
    const lines = wrapLabel("Wafer fabrication capacity for all chip types in every region of the world", 12, approximateMeasure, 100);
    expect(lines.length).toBe(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const l of lines) expect(approximateMeasure(l, 12)).toBeLessThanOrEqual(100);
  });
  it("shortens a single word longer than a line", () => {
    const [line] = wrapLabel("Supercalifragilisticexpialidocious-semiconductors", 12, approximateMeasure, 80);
    expect(line!.endsWith("…")).toBe(true);
    expect(approximateMeasure(line!, 12)).toBeLessThanOrEqual(80);
  });
});

describe("placeLabels", () => {
  it("never returns two overlapping labels, however crowded", () => {
    const cands: LabelCandidate[] = [];
    for (let i = 0; i < 400; i++) cands.push(node(`n${i}`, (i * 37) % 300, (i * 53) % 200));
    const placed = placeLabels(cands);
    expect(placed.length).toBeGreaterThan(5);
    expect(overlappingPairs(placed)).toEqual([]);
  });

  it("keeps the higher-priority label when two collide", () => {
    const placed = placeLabels([node("first", 100, 100), node("second", 104, 100)]);
    expect(placed.map((p) => p.id)).toContain("first");
    // The second may move beside or above; it never covers the first.
    expect(overlappingPairs(placed)).toEqual([]);
  });

  it("moves a label to another side rather than hiding it", () => {
    // A node right above another: the upper one's label cannot go below (it would cover the lower node).
    const placed = placeLabels([node("low", 100, 130), node("up", 100, 100)]);
    const up = placed.find((p) => p.id === "up");
    expect(up).toBeDefined();
    expect(up!.placement).not.toBe("below");
  });

  it("shows a forced label (selected, hovered) whatever its rank", () => {
    const cands = [node("a", 100, 100), node("b", 102, 101), node("sel", 101, 100, { forced: true })];
    const placed = placeLabels(cands);
    expect(placed[0]!.id).toBe("sel");
  });

  it("draws every label at 10 px or more", () => {
    const placed = placeLabels([node("a", 0, 0, { px: 6 }), node("b", 300, 0), node("c", 600, 0, { large: true })]);
    for (const p of placed) expect(p.px).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(placed.find((p) => p.id === "b")!.px).toBe(LABEL_PX);
  });

  it("keeps labels clear of other nodes' discs", () => {
    const placed = placeLabels([node("a", 100, 100), node("blocker", 100, 125, { size: 20, label: "" })]);
    const a = placed.find((p) => p.id === "a")!;
    expect(overlaps(a.box, { x1: 90, y1: 115, x2: 110, y2: 135 })).toBe(false);
  });

  it("skips labels outside the viewport and keeps the rest inside it", () => {
    const vp = { x1: 0, y1: 0, x2: 400, y2: 300 };
    const placed = placeLabels([node("in", 200, 150), node("out", 900, 150)], { viewport: vp });
    expect(placed.map((p) => p.id)).toEqual(["in"]);
    const box = placed[0]!.box;
    expect(box.x1 >= 0 && box.x2 <= 400 && box.y1 >= 0 && box.y2 <= 300).toBe(true);
  });

  it("avoids fixed obstacles", () => {
    const placed = placeLabels([node("a", 100, 100)], { obstacles: [{ x1: 0, y1: 104, x2: 300, y2: 140 }] });
    expect(placed[0]!.placement).not.toBe("below");
  });

  it("is deterministic", () => {
    const cands = Array.from({ length: 120 }, (_, i) => node(`n${i}`, (i * 29) % 250, (i * 31) % 180));
    expect(placeLabels(cands)).toEqual(placeLabels(cands));
  });
});
