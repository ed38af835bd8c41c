/**
 * Everything the supply pages need for one graph, year and lens, computed in one go:
 * per-input metrics, the lens context (basket, exposure totals) and every nation's summary.
 * On the curated graph all three lenses take a few milliseconds (see README.md).
 */
import type { AtlasGraph } from "../model/graph";
import { computeInputs, rankByConcentration } from "./inputs";
import { buildLensContext, nationSummaries, type LensContext } from "./nations";
import { LENSES } from "./rules";
import { buildSupplyIndex, type SupplyIndex } from "./supply-index";
import type { InputSupply, Lens, NationSummary } from "./types";

export interface LensSupply {
  lens: Lens;
  context: LensContext;
  /** Inputs in layer order. */
  inputs: InputSupply[];
  /** Inputs ranked by concentration (chokepoints first). */
  ranked: InputSupply[];
  nations: NationSummary[];
}

export interface SupplyMetrics {
  year?: number;
  index: SupplyIndex;
  lenses: Record<Lens, LensSupply>;
}

export function computeLensSupply(index: SupplyIndex, lens: Lens): LensSupply {
  const inputs = computeInputs(index, lens);
  const context = buildLensContext(index, lens, inputs);
  return { lens, context, inputs, ranked: rankByConcentration(inputs), nations: nationSummaries(context) };
}

/** All supply metrics of a graph for every lens. */
export function computeSupplyMetrics(graph: AtlasGraph, options: { year?: number } = {}): SupplyMetrics {
  const index = buildSupplyIndex(graph, options);
  const lenses = Object.fromEntries(LENSES.map((l) => [l, computeLensSupply(index, l)])) as Record<Lens, LensSupply>;
  return { year: options.year, index, lenses };
}
