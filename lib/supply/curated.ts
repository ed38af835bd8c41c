/**
 * Supply metrics of the curated graph, computed once per process (Node only: reads data/ through
 * lib/model/curated.ts; not in the barrel).
 */
import { getCuratedGraph } from "../model/curated";
import { computeSupplyMetrics, type SupplyMetrics } from "./supply";

let cached: SupplyMetrics | undefined;

export function getCuratedSupply(): SupplyMetrics {
  cached ??= computeSupplyMetrics(getCuratedGraph());
  return cached;
}
