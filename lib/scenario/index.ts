/** What-if scenarios: shocks, the fold that applies them, the cascade and the comparison. See README.md. */
export { applyScenario, baselineState, controlsInForce } from "./apply";
export { buildSupplyBase, lensNations, type InputBase, type SupplyBase, type SupplyUnit } from "./base";
export { blocsOf } from "./blocs";
export { prepareState, runCascade, type Cascade, type PreparedState } from "./cascade";
export { decodeScenario, encodeScenario, minifyScenario, readScenarioFile, sameScenario, scenarioFileText } from "./encode";
export { computeMarket } from "./market";
export { parsePreset, type Preset } from "./presets";
export { baselineOf, centralityOf, runScenario, substitutionsOf, type RunOptions } from "./run";
export * from "./schema";
export { runSensitivity, shareMargin, CONFIDENCE_FACTOR, ESTIMATE_FACTOR, type SensitivityOptions } from "./sensitivity";
export { SHOCKS, applyShock, describeShock } from "./shocks";
export { initialState, materialiseGraph, type Control, type ShockReport, type ShockState } from "./state";
export { parseSubstitutionCsv, substitutionFor, DEFAULT_SUBSTITUTION, EMPTY_SUBSTITUTION, type Substitution, type SubstitutionTable } from "./substitution";
export { summarise } from "./summary";
export type * from "./types";
