/**
 * The network's cytoscape stylesheet, for light and dark themes. Colours, sizes and shapes come from
 * element data (lib/view/elements.ts); emphasis (selection, hover, path, focus) is done with classes.
 */
import type { StylesheetJson } from "cytoscape";
import { RING_SLOTS } from "@/lib/view/elements";

export type Theme = "light" | "dark";

/** The labels' font (lib/view/labels.ts measures text in it). */
export const LABEL_FONT = "ui-sans-serif, system-ui, sans-serif";

const THEME = {
  light: { text: "#0f172a", halo: "#ffffff", border: "#ffffff", groupBg: "#e2e8f0", groupBorder: "#94a3b8", accent: "#e11d48", select: "#0f172a" },
  dark: { text: "#e2e8f0", halo: "#0b1120", border: "#0b1120", groupBg: "#1e293b", groupBorder: "#475569", accent: "#fb7185", select: "#f8fafc" },
} as const;

export function networkStylesheet(theme: Theme): StylesheetJson {
  const t = THEME[theme];
  return [
    {
      // Labels are drawn only for the nodes lib/view/labels.ts placed (classes lbl-*), at a
      // constant size on screen: font size and halo come from data the label pass sets for the
      // current zoom (fz, ow), the gap to the node from a style bypass (text margins take no
      // data mapping), so cytoscape never scales them below 10 px.
      selector: "node",
      style: {
        "background-color": "data(color)",
        shape: "data(shape)" as never,
        width: "data(size)",
        height: "data(size)",
        label: "",
        "font-size": "data(fz)",
        "font-family": LABEL_FONT,
        color: t.text,
        "text-outline-color": t.halo,
        "text-outline-width": "data(ow)",
        "text-outline-opacity": 0.9,
        "text-wrap": "wrap",
        "text-max-width": "4000px",
        "min-zoomed-font-size": 0,
        "border-width": 1.5,
        "border-color": t.border,
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    { selector: "node.lbl-below", style: { label: "data(lbl)", "text-valign": "bottom", "text-halign": "center" } },
    { selector: "node.lbl-above", style: { label: "data(lbl)", "text-valign": "top", "text-halign": "center" } },
    { selector: "node.lbl-right", style: { label: "data(lbl)", "text-valign": "center", "text-halign": "right" } },
    { selector: "node.lbl-left", style: { label: "data(lbl)", "text-valign": "center", "text-halign": "left" } },
    { selector: "node.lbl-center", style: { label: "data(lbl)", "text-valign": "center", "text-halign": "center" } },
    {
      // Folded view: an input's providers as a ring of nation shares around its layer colour.
      selector: "node.ring",
      style: {
        "pie-size": "100%",
        ...({ "pie-hole": "50%" } as object),
        ...Object.fromEntries(
          Array.from({ length: RING_SLOTS }, (_, i) => [
            [`pie-${i + 1}-background-color`, `data(p${i + 1}c)`],
            [`pie-${i + 1}-background-size`, `data(p${i + 1}s)`],
          ]).flat(),
        ),
      },
    },
    {
      selector: "node.nation",
      style: { "font-weight": "bold" },
    },
    {
      selector: "node.group",
      style: {
        "background-color": t.groupBg,
        "background-opacity": 0.45,
        "border-color": t.groupBorder,
        "border-style": "dashed",
        "border-width": 1,
        "font-weight": "bold",
        padding: "14px",
        shape: "round-rectangle",
      },
    },
    {
      selector: "node.header",
      style: {
        "background-opacity": 0,
        "border-width": 0,
        "font-weight": "bold",
        color: t.text,
        events: "no",
      },
    },
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "line-color": "data(color)",
        "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        opacity: 0.5,
        "font-size": "data(fz)",
        "font-family": LABEL_FONT,
        color: t.text,
        "text-outline-color": t.halo,
        "text-outline-width": "data(ow)",
        "min-zoomed-font-size": 0,
      },
    },
    // Arrows follow supply: "A requires B" is drawn as B flowing into A, like provides and supplies.
    { selector: "edge.requires", style: { "target-arrow-shape": "none", "source-arrow-shape": "triangle", "source-arrow-color": "data(color)" } },
    { selector: "edge.headquartered_in, edge.operates_in", style: { opacity: 0.3, "line-style": "dotted" } },
    { selector: "edge.partners_with", style: { "line-style": "dashed", "target-arrow-shape": "none" } },
    { selector: "edge.export_control", style: { "line-style": "dashed", "target-arrow-shape": "tee", opacity: 0.8 } },
    { selector: "edge.show-label", style: { label: "data(elbl)", opacity: 0.95 } },
    { selector: ".faded", style: { opacity: 0.1 } },
    { selector: "node.hovered, node.neighbour", style: { opacity: 1 } },
    { selector: "edge.neighbour", style: { opacity: 0.95 } },
    {
      selector: "node.selected",
      style: { "border-width": 4, "border-color": t.select, "z-index": 20, "font-weight": "bold" },
    },
    { selector: "edge.incident", style: { opacity: 0.95, label: "data(elbl)", "z-index": 15 } },
    { selector: "node.focus-root", style: { "border-width": 5, "border-style": "double", "border-color": t.accent } },
    {
      selector: "node.impacted",
      style: {
        "border-color": "mapData(impact, 0, 1, #fca5a5, #7f1d1d)" as never,
        "border-width": "mapData(impact, 0, 1, 3, 9)" as never,
        "background-color": "mapData(impact, 0, 1, #fecaca, #dc2626)" as never,
      },
    },
    { selector: "node.removed", style: { opacity: 0.35, "background-color": "#9ca3af", "border-style": "dashed", "border-width": 2, "border-color": "#6b7280" } },
    { selector: "edge.removed", style: { opacity: 0.35, "line-style": "dashed", "line-color": "#9ca3af", "target-arrow-color": "#9ca3af" } },
    { selector: "node.on-path", style: { "border-width": 4, "border-color": t.accent, "z-index": 30 } },
    {
      selector: "edge.on-path",
      style: { "line-color": t.accent, "target-arrow-color": t.accent, "source-arrow-color": t.accent, width: 4, opacity: 1, "z-index": 30, label: "data(elbl)" },
    },
  ];
}
