/** Graphs for the export tests: the mini fixture dataset, and one with hostile ids and labels. */
import { createAtlasGraph, type AtlasGraph, type EdgeAttributes, type NodeAttributes } from "../model/graph";
import type { Visible } from "../view/visible";

export const FORMULA = "=cmd|' /C calc'!A0";

/**
 * Ids and labels a careless writer breaks on: quotes, markup, ampersands, C0 controls, a lone
 * surrogate, U+FFFF, emoji, spreadsheet formulas, line breaks, tabs and leading spaces.
 */
export function hostileGraph(): AtlasGraph {
  const g = createAtlasGraph();
  g.replaceAttributes({
    meta: { title: "Hostile <test> & \"meta\"", version: "2026.1.0", date: "2026-01-02", description: "d\u0001", licence: "CC BY 4.0 & more" },
    sources: [
      { id: "src-a", publisher: "Pub <A> & \"Co\"", title: "T\u0007itle 'one'", year: 2024, url: "https://example.org/a?x=1&y=<2>" },
      { id: "src-b", publisher: FORMULA, title: "Émoji 😀 report", year: 2025 },
    ],
  });
  const node = (id: string, attrs: Record<string, unknown>) => g.addNode(id, attrs as unknown as NodeAttributes);
  node(`q"uote'<&>`, { kind: "firm", label: `Firm "A" <b>&amp; 'x'`, aliases: ["a;b", "c"], hq: "USA", layer: "equipment", founded: 1984, sources: ["src-a"] });
  node("ctrl\u0001id", { kind: "input", label: "Input\u0000\u0008\u000b\u000c\u001f\uFFFE\uFFFF lone\uD800 end", aliases: [], layer: "materials", description: "line1\nline2\r\nline3\ttab", market_usd_b: 1.5, sources: ["src-b"] });
  node("ctrlid", { kind: "input", label: "Collides once cleaned", aliases: [], layer: "materials", description: "x", sources: ["src-a"] });
  node("emoji-😀", { kind: "nation", label: "Nation 😀 ✓ 中国", aliases: ["  leading space"], region: "Europe", sources: ["src-a", "src-b"] });
  node("formula", { kind: "firm", label: FORMULA, aliases: ["+1", "-2", "@sum(A1)"], hq: "=HYPERLINK(\"x\")", layer: "design", sources: ["src-b"] });
  node("hidden", { kind: "firm", label: "Hidden firm", aliases: [], hq: "USA", layer: "design", sources: ["src-a"] });
  const edge = (key: string, s: string, t: string, attrs: Record<string, unknown>) => g.addDirectedEdgeWithKey(key, s, t, attrs as unknown as EdgeAttributes);
  edge(`provides:"q"<&>`, `q"uote'<&>`, "ctrl\u0001id", { kind: "provides", share: 62.5, basis: "revenue", year: 2024, sources: ["src-a"], note: "=1+1" });
  edge("provides:2", "formula", "ctrl\u0001id", { kind: "provides", share: 30, basis: "revenue", year: 2024, sources: ["src-b"] });
  edge("provides:2b", "formula", "ctrl\u0001id", { kind: "provides", share: 31, basis: "revenue", year: 2025, sources: ["src-b"] });
  edge("hq:1", `q"uote'<&>`, "emoji-😀", { kind: "headquartered_in", sources: ["src-a"] });
  edge("ctl:😀", "emoji-😀", "ctrlid", { kind: "export_control", inputs: ["ctrl-id"], layers: ["materials", "equipment"], detail: "Detail with \"quotes\" & <tags>\u0002", year: 2023, sources: ["src-a", "src-b"] });
  edge("hidden:1", "hidden", "ctrlid", { kind: "provides", share: 10, year: 2024, sources: ["src-a"] });
  return g;
}

/** Everything but the node "hidden" and its edge. */
export function hostileVisible(g: AtlasGraph): Visible {
  return { nodes: new Set(g.nodes().filter((n) => n !== "hidden")), edges: new Set(g.edges().filter((e) => e !== "hidden:1")) };
}
