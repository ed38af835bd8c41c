"use client";
import { useMemo } from "react";
import type { AtlasGraph } from "@/lib/model/graph";
import type { Analysis } from "@/lib/metrics/types";
import type { CriticalityTable } from "@/lib/scenario/criticality";
import { NODE_METRICS } from "@/lib/metrics/registry";
import { toCyElements, type CyElement } from "@/lib/view/elements";
import { chainLayout, flowLayout, nationGroupPositions, type Point } from "@/lib/view/layouts";
import { nationRings } from "@/lib/view/rings";
import { CRITICALITY_METRIC, type ViewState } from "@/lib/view/url-state";
import { computeVisible, type Visible } from "@/lib/view/visible";

export interface NetworkScene {
  /** Selected and focused nodes, when the graph has them. */
  node?: string;
  focus?: string;
  visible: Visible;
  /** Elements to draw: the visible graph plus, in the flow layout, the column headers. */
  elements: CyElement[];
  positions?: Record<string, Point>;
  /** The view is refitted when this changes (undefined: after every layout). */
  fitKey?: string;
  concentricValues?: Record<string, number>;
  sizeValues?: Record<string, number | null>;
  colorValues?: Record<string, number | null>;
}

function metricColumn(analysis: Analysis | undefined, id: string | undefined, criticality?: CriticalityTable): Record<string, number | null> | undefined {
  if (id === CRITICALITY_METRIC) {
    if (!criticality) return undefined;
    const out: Record<string, number | null> = {};
    for (const [node, c] of Object.entries(criticality.nodes)) out[node] = c.loss;
    return out;
  }
  const metric = NODE_METRICS.find((m) => m.id === id);
  if (!analysis || !metric) return undefined;
  const out: Record<string, number | null> = {};
  for (const [node, m] of Object.entries(analysis.nodes)) out[node] = m[metric.id];
  return out;
}

/**
 * What the network view draws for a view state: the visible subgraph, its elements (coloured and
 * sized by metrics when an analysis is given) and the positions of the layouts computed here.
 * Shared by the explorer and the embed view, so both draw the same picture from the same URL.
 * Sizing or colouring by criticality needs its table (undefined until computed: sizes by kind).
 */
export function useNetworkScene(graph: AtlasGraph, state: ViewState, analysis?: Analysis, criticality?: CriticalityTable): NetworkScene {
  const node = state.node && graph.hasNode(state.node) ? state.node : undefined;
  const focus = state.focus && graph.hasNode(state.focus) ? state.focus : undefined;
  // Only the parts of the state that shape what is shown (not the selection) recompute it.
  const filterKey = JSON.stringify({
    layout: state.layout,
    unfold: state.unfold,
    scenario: state.scenario,
    // The selection shapes the folded view (its providers unfold), and nothing else.
    node: state.layout === "chain" ? node : undefined,
    focus,
    depth: state.depth,
    dir: state.dir,
    year: state.year,
    layers: state.layers,
    kinds: state.kinds,
    edges: state.edges,
    nations: state.nations,
    isolated: state.isolated,
    relations: state.relations,
    from: state.from,
    to: state.to,
    pathDir: state.pathDir,
  });
  const visible = useMemo(() => computeVisible(graph, JSON.parse(filterKey)), [graph, filterKey]);
  const sizeValues = useMemo(() => metricColumn(analysis, state.size, criticality), [analysis, state.size, criticality]);
  const colorValues = useMemo(() => metricColumn(analysis, state.color, criticality), [analysis, state.color, criticality]);
  const concentricValues = useMemo(() => {
    if (state.layout !== "concentric") return undefined;
    const out: Record<string, number> = {};
    if (sizeValues) for (const [id, v] of Object.entries(sizeValues)) out[id] = v ?? 0;
    else graph.forEachNode((id) => (out[id] = graph.degree(id)));
    return out;
  }, [graph, sizeValues, state.layout]);
  const rings = useMemo(() => (visible.folded ? nationRings(graph, state.year) : undefined), [graph, visible, state.year]);
  const base = useMemo(
    () => toCyElements(graph, visible, { colorBy: state.color, colorValues, sizeValues, groupByNation: state.layout === "nation", rings }),
    [graph, visible, state.color, colorValues, sizeValues, state.layout, rings],
  );
  const flow = useMemo(
    () =>
      state.layout === "flow"
        ? flowLayout(graph, visible.nodes, visible.edges)
        : state.layout === "chain"
          ? chainLayout(graph, visible.nodes, visible.edges, visible.folded)
          : undefined,
    [graph, visible, state.layout],
  );
  // Unfolding a selection's providers keeps the view where it is; any other change refits it.
  const fitKey = useMemo(() => {
    if (!visible.folded) return undefined;
    const unfolded = visible.folded.unfolded;
    return [...visible.nodes].filter((n) => !unfolded.has(n)).sort().join(",");
  }, [visible]);
  const grouped = useMemo(() => (state.layout === "nation" ? nationGroupPositions(graph, visible.nodes) : undefined), [graph, visible, state.layout]);
  const elements = useMemo(
    () =>
      flow
        ? [
            ...base,
            ...flow.headers.map<CyElement>((h) => ({
              group: "nodes",
              data: { id: h.id, label: h.label, kind: "header", color: "transparent", shape: "rectangle", size: 1 },
              classes: "header",
            })),
          ]
        : base,
    [base, flow],
  );
  return { node, focus, visible, elements, positions: flow?.positions ?? grouped, fitKey, concentricValues, sizeValues, colorValues };
}
