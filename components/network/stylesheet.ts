/**
 * The network's cytoscape stylesheet, for light and dark themes. Colours, sizes and shapes come from
 * element data (lib/view/elements.ts); emphasis (selection, hover, path, focus) is done with classes.
 */
import type { StylesheetJson } from "cytoscape";

export type Theme = "light" | "dark";

const THEME = {
  light: { text: "#0f172a", halo: "#ffffff", border: "#ffffff", groupBg: "#e2e8f0", groupBorder: "#94a3b8", accent: "#e11d48", select: "#0f172a" },
  dark: { text: "#e2e8f0", halo: "#0b1120", border: "#0b1120", groupBg: "#1e293b", groupBorder: "#475569", accent: "#fb7185", select: "#f8fafc" },
} as const;

export function networkStylesheet(theme: Theme): StylesheetJson {
  const t = THEME[theme];
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        shape: "data(shape)" as never,
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        "font-size": "data(fontSize)",
        "font-family": "ui-sans-serif, system-ui, sans-serif",
        color: t.text,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 3,
        "text-outline-color": t.halo,
        "text-outline-width": 2,
        "text-max-width": "140px",
        "text-wrap": "wrap",
        "min-zoomed-font-size": 9,
        "border-width": 1.5,
        "border-color": t.border,
        "transition-property": "opacity",
        "transition-duration": 150,
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
        "text-valign": "top",
        "text-margin-y": -4,
        "font-weight": "bold",
        "min-zoomed-font-size": 5,
        padding: "14px",
        shape: "round-rectangle",
      },
    },
    {
      selector: "node.header",
      style: {
        "background-opacity": 0,
        "border-width": 0,
        "text-valign": "center",
        "font-weight": "bold",
        "text-max-width": "230px",
        color: t.text,
        "min-zoomed-font-size": 4,
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
        "font-size": 10,
        color: t.text,
        "text-outline-color": t.halo,
        "text-outline-width": 2,
        "min-zoomed-font-size": 8,
      },
    },
    { selector: "edge.headquartered_in, edge.operates_in", style: { opacity: 0.3, "line-style": "dotted" } },
    { selector: "edge.partners_with", style: { "line-style": "dashed", "target-arrow-shape": "none" } },
    { selector: "edge.export_control", style: { "line-style": "dashed", "target-arrow-shape": "tee", opacity: 0.8 } },
    { selector: "edge.show-label", style: { label: "data(label)", opacity: 0.95 } },
    { selector: ".faded", style: { opacity: 0.1 } },
    { selector: "node.hovered, node.neighbour", style: { opacity: 1 } },
    { selector: "edge.neighbour", style: { opacity: 0.95 } },
    {
      selector: "node.selected",
      style: { "border-width": 4, "border-color": t.select, "z-index": 20, "font-weight": "bold" },
    },
    { selector: "edge.incident", style: { opacity: 0.95, label: "data(label)", "z-index": 15 } },
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
      style: { "line-color": t.accent, "target-arrow-color": t.accent, width: 4, opacity: 1, "z-index": 30, label: "data(label)" },
    },
  ];
}
