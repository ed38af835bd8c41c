/** Supply-chain metrics over the Atlas graph: share sets, concentration, chokepoints, nation scorecards. See README.md. */
export { computeHhi, relativeConcentration } from "./hhi";
export { buildSupplyIndex, type SupplyIndex, type SupplyIndexOptions } from "./supply-index";
export { attributeFirmSet, firmShareSet, groupShareRows, nationRowSet, nationShareSet, pickShareGroup } from "./share-sets";
export { chokepointReasons, computeInputSupply, computeInputs, firmSetOf, rankByConcentration } from "./inputs";
export { buildLensContext, nationProfile, nationSummaries, nationSummary, orchestrationIndex, type LensContext } from "./nations";
export { explainDependency, type ExplainOptions } from "./paths";
export { computeLensSupply, computeSupplyMetrics, type LensSupply, type SupplyMetrics } from "./supply";
export * from "./rules";
export type * from "./types";
