/**
 * Words around an exported picture: the default title, the view in words, the dataset line and
 * the source line "Interdependence Atlas · dataset <version> (<date>) · sources: …", and a
 * width-aware line wrapper shared by the PNG, SVG and PDF layouts (the caller supplies `measure`).
 */
import type { AtlasGraph } from "../model/graph";
import type { DatasetMeta, Source } from "../model/schema";
import { EDGE_KIND_INFO, LAYER_INFO, NODE_KIND_LABELS } from "../model/vocabulary";
import type { ViewState } from "../view/url-state";
import type { Visible } from "../view/visible";
import type { ExportedView } from "./graphology-json";

const DIR_WORDS = { up: "upstream (what it depends on)", down: "downstream (who depends on it)", both: "upstream and downstream" } as const;

type ViewFilters = Pick<ViewState, "focus" | "depth" | "dir" | "layers" | "kinds" | "edges" | "nations" | "year" | "isolated">;

function nodeLabel(graph: AtlasGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
}

/** The view in words: focus, filters, year. "" for the whole latest network. */
export function describeView(graph: AtlasGraph, state: ViewFilters): string {
  const parts: string[] = [];
  if (state.focus && graph.hasNode(state.focus)) {
    parts.push(`Focus: ${nodeLabel(graph, state.focus)}, ${DIR_WORDS[state.dir]}, ${state.depth} step${state.depth === 1 ? "" : "s"}`);
  }
  if (state.kinds.length) parts.push(`Kinds: ${state.kinds.map((k) => NODE_KIND_LABELS[k].toLowerCase() + "s").join(", ")}`);
  if (state.layers.length) parts.push(`Layers: ${state.layers.map((l) => LAYER_INFO[l].label).join(", ")}`);
  if (state.edges.length) parts.push(`Relations: ${state.edges.map((e) => EDGE_KIND_INFO[e].label.toLowerCase()).join(", ")}`);
  if (state.nations.length) parts.push(`Nations: ${state.nations.map((n) => nodeLabel(graph, n)).join(", ")}`);
  if (state.isolated) parts.push("Unconnected nodes shown");
  parts.push(state.year ? `As of ${state.year}` : "Latest data");
  return parts.join(" · ");
}

/** "Showing 42 of 610 nodes · 60 of 900 edges". */
export function describeCounts(visible: Visible, totalNodes: number, totalEdges: number): string {
  return `${visible.nodes.size} of ${totalNodes} nodes · ${visible.edges.size} of ${totalEdges} edges`;
}

export function defaultTitle(graph: AtlasGraph, state: Pick<ViewState, "focus" | "view">): string {
  if (state.focus && graph.hasNode(state.focus)) return `AI supply chain: ${nodeLabel(graph, state.focus)} and its dependencies`;
  return "The AI supply chain as a network";
}

/** "dataset 2026.11.0 (2026-11-26)". */
export function datasetLine(meta: DatasetMeta | undefined): string {
  return meta ? `dataset ${meta.version} (${meta.date})` : "dataset (unknown version)";
}

export function datasetKeywords(meta: DatasetMeta | undefined): string {
  return ["AI supply chain", "interdependence", meta ? `dataset ${meta.version}` : undefined].filter(Boolean).join(", ");
}

/** A paragraph describing an export: dataset, view, licence. */
export function datasetSummary(meta: DatasetMeta | undefined, view: ExportedView | undefined): string {
  return [
    `Interdependence Atlas, ${datasetLine(meta)}.`,
    view?.description ? `View: ${view.description}.` : undefined,
    view?.query !== undefined ? `Explorer query: ?${view.query}` : undefined,
    meta ? `Licence: ${meta.licence}` : undefined,
  ]
    .filter(Boolean)
    .join("\n");
}

/** `Publisher, "Title" (year). URL` */
export function sourceEntry(s: Source): string {
  return `${s.publisher}, "${s.title}"${s.year ? ` (${s.year})` : ""}.${s.url ? ` ${s.url}` : ""}`;
}

export function describeSourceList(sources: readonly Source[]): string {
  if (!sources.length) return "Sources: none cited by the shown elements.";
  return ["Sources cited by the shown nodes and edges:", ...sources.map((s, i) => `[${i + 1}] ${sourceEntry(s)}`)].join("\n");
}

export type Measure = (text: string) => number;

/** Greedy word wrap to `maxWidth`; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The source line, wrapped to at most `maxLines`: "Interdependence Atlas · dataset v (date) ·
 * sources: A; B; …". Publishers that do not fit are summarised as "and N more (see the PDF brief
 * or the JSON export)".
 */
export function sourceLines(
  meta: DatasetMeta | undefined,
  publishers: readonly string[],
  options: { maxWidth: number; maxLines: number; measure: Measure },
): string[] {
  const head = `Interdependence Atlas · ${datasetLine(meta)} · sources: `;
  const text = (n: number) => {
    const shown = publishers.slice(0, n).join("; ");
    const rest = publishers.length - n;
    return head + (publishers.length === 0 ? "none cited" : shown + (rest > 0 ? `${n ? "; " : ""}and ${rest} more (listed in the PDF brief and the JSON export)` : ""));
  };
  for (let n = publishers.length; n >= 0; n--) {
    const lines = wrapText(text(n), options.maxWidth, options.measure);
    if (lines.length <= options.maxLines) return lines;
  }
  return wrapText(text(0), options.maxWidth, options.measure).slice(0, options.maxLines);
}
