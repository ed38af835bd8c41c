/** What running a scenario returns: plain, serialisable data (it crosses the API and the Worker boundary). */
import type { Layer } from "../model/vocabulary";
import type { Lens } from "../supply/types";
import type { ScenarioOptions, ShockType } from "./schema";
import type { ShockReport } from "./state";
import type { Substitution } from "./substitution";

export interface BeforeAfter<T = number> {
  before: T;
  after: T;
}

export interface Range {
  min: number;
  max: number;
}

export interface LayerImpact {
  layer: Layer;
  /** Access: mean over the layer's inputs of the share of baseline supply the nation can obtain (0–1). */
  access: { before: number; after: number; medium: number };
  /** Output: mean over the layer's measured inputs of the share of the world's baseline supply the nation makes (0–1); null when none is measured. */
  output: BeforeAfter | null;
  /** Mean over the layer's inputs of lost access × months to replace it (share-months). */
  severity: number;
  /** Each input of the layer: access before, after (short term) and medium term. */
  inputs: { input: string; before: number; after: number; medium: number }[];
}

export interface NationImpact {
  nation: string;
  label: string;
  /** Removed by the scenario (its figures are then not meaningful). */
  removed: boolean;
  layers: LayerImpact[];
  /** Means over the layers. */
  access: { before: number; after: number; medium: number };
  /** before − after (short term) and before − medium. */
  loss: number;
  mediumLoss: number;
  severity: number;
  /** The layer with the largest short-term access loss. */
  worst: { layer: Layer; loss: number } | null;
  /** Orchestration index (lib/supply) on the baseline market and on the post-shock market. */
  orchestration: BeforeAfter<number | null>;
}

export interface InputImpact {
  input: string;
  label: string;
  layer: Layer;
  /** Has published shares (else: known providers only). */
  quantified: boolean;
  year?: number;
  basis?: string;
  /** What is left on the world market (no control applies), 0–1. */
  world: { before: number; after: number; medium: number };
  hhiNation: BeforeAfter<number | null>;
  topNation: BeforeAfter<{ id: string; share: number } | null>;
  chokepoint: BeforeAfter<boolean> & { reasons: string[] };
  /** No supply at all remains. */
  cutOff: boolean;
  substitution: Substitution;
  /** World loss × months to replace. */
  severity: number;
}

export interface CentralityDelta {
  node: string;
  label: string;
  kind: string;
  removed: boolean;
  betweenness: BeforeAfter<number | null>;
  pagerank: BeforeAfter<number | null>;
}

export interface SinglePointOfFailure {
  input: string;
  label: string;
  /** The provider holding the majority of what the bloc can obtain; null when nothing is left. */
  provider: string | null;
  providerLabel: string | null;
  /** Its share of the supply the bloc can obtain (0–1). */
  share: number;
  /** The provider is attributed to a member of the bloc. */
  inside: boolean;
  kind: "majority" | "sole-known" | "none-accessible";
}

export interface BlocImpact {
  id: string;
  label: string;
  members: string[];
  /** A custom set named by a shock, not a bloc of the dataset. */
  custom: boolean;
  /** Self-sufficiency: share of the world's baseline supply of the layer's measured inputs made inside the bloc (0–1). */
  layers: ({ layer: Layer } & BeforeAfter)[];
  spof: BeforeAfter<SinglePointOfFailure[]>;
}

export interface ShockStatus {
  id: string;
  type: ShockType;
  text: string;
  status: "applied" | "skipped" | "off";
  message?: string;
}

export interface ScenarioResult {
  name: string;
  options: ScenarioOptions & { lens: Lens };
  shocks: ShockStatus[];
  skipped: ShockReport[];
  notes: ShockReport[];
  layers: Layer[];
  /** Nations by short-term loss, largest first. */
  nations: NationImpact[];
  /** Inputs in chain order. */
  inputs: InputImpact[];
  chokepoints: { became: string[]; resolved: string[]; cutOff: string[] };
  /** The nodes whose centrality moved most. */
  centrality: CentralityDelta[];
  graph: { nodes: BeforeAfter; edges: BeforeAfter };
  blocs: BlocImpact[];
  /** For the network view: element ids removed, and impact per node (0–1). */
  diff: { removed: string[]; impact: Record<string, number> };
  summary: string[];
  ms: number;
}

export interface SensitivityResult {
  samples: number;
  /** Base spread in share points (scaled by confidence). */
  spread: number;
  seed: number;
  nations: { nation: string; loss: Range; layers: { layer: Layer; after: Range; loss: Range }[] }[];
  inputs: { input: string; world: Range }[];
  ms: number;
}
