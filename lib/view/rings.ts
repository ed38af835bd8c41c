/**
 * The share rings of the folded supply-chain view: each input drawn with a ring of the nations
 * that provide it (firm shares attributed to headquarters, lib/supply's "hq" lens), so its
 * providers are folded into it until it is selected. The nations leading at least one input form
 * the view's nation lane, each in the colour of its slices: the lane is the rings' legend.
 *
 * Pure; computed once per graph and year (cached).
 */
import type { AtlasGraph } from "../model/graph";
import { computeInputs } from "../supply/inputs";
import { buildSupplyIndex } from "../supply/supply-index";

export interface RingSlice {
  /** Nation ISO3, or OTHER_NATIONS for the listed nations outside the lane. */
  nation: string;
  /** Percent of the input's world supply. */
  share: number;
  color: string;
}

export interface InputRing {
  slices: RingSlice[];
  /** Percent not attributed to any listed provider (drawn as a pale remainder). */
  unattributed: number;
}

export interface NationRings {
  /** Inputs with measured nation shares. */
  rings: Map<string, InputRing>;
  /** Nations that lead (hold the largest share of) at least one input, most inputs first. */
  lane: string[];
  /** Ring colour of each lane nation. */
  colors: Record<string, string>;
}

export const OTHER_NATIONS = "other";
/** Colour of the slices of nations outside the lane. */
export const OTHER_COLOR = "#94a3b8";
/**
 * Lane colours, in lane order: Okabe–Ito's palette (apart for common colour-vision deficiencies,
 * black left out for the dark theme) plus brown and purple; the lane holds at most this many.
 */
const LANE_COLORS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#f0e442", "#8c564b", "#7b3294"];
/** Most slices a ring draws (cytoscape's pie takes up to 16). */
const MAX_SLICES = 8;

const cache = new WeakMap<AtlasGraph, Map<string, NationRings>>();

export function nationRings(graph: AtlasGraph, year?: number): NationRings {
  const key = String(year ?? "latest");
  let perYear = cache.get(graph);
  if (!perYear) cache.set(graph, (perYear = new Map()));
  const hit = perYear.get(key);
  if (hit) return hit;

  const inputs = computeInputs(buildSupplyIndex(graph, { year }), "hq");
  const leads = new Map<string, number>();
  for (const s of inputs) {
    const top = s.nations?.shares[0];
    if (top && top.share > 0 && graph.hasNode(top.id)) leads.set(top.id, (leads.get(top.id) ?? 0) + 1);
  }
  const lane = [...leads.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, LANE_COLORS.length)
    .map(([n]) => n);
  const colors = Object.fromEntries(lane.map((n, i) => [n, LANE_COLORS[i]!]));
  const rings = new Map<string, InputRing>();
  for (const s of inputs) {
    const shares = s.nations?.shares ?? [];
    if (!shares.length) continue;
    const slices: RingSlice[] = [];
    let other = 0;
    for (const f of shares) {
      if (colors[f.id] && slices.length < MAX_SLICES - 1) slices.push({ nation: f.id, share: f.share, color: colors[f.id]! });
      else other += f.share;
    }
    if (other > 0) slices.push({ nation: OTHER_NATIONS, share: other, color: OTHER_COLOR });
    const covered = slices.reduce((t, x) => t + x.share, 0);
    rings.set(s.input, { slices, unattributed: Math.max(0, 100 - covered) });
  }
  const result: NationRings = { rings, lane, colors };
  perYear.set(key, result);
  return result;
}
