/**
 * Types of the supply-chain metrics. Every figure carries the lens it was computed under and the
 * edges and sources that produced it, so the UI can cite any number it shows.
 */
import type { Attribution, Layer, ShareBasis } from "../model/vocabulary";

/**
 * How a firm's share is attributed to a nation: where the firm has its headquarters, where the
 * capacity sits (its sites), or the nation of its controlling owner.
 */
export type Lens = "hq" | "site" | "controller";

/** What produced a figure: edge ids of the Atlas graph and the source ids they cite. */
export interface Trace {
  edges: string[];
  sources: string[];
}

/** One provider's share of an input. */
export interface ShareFigure extends Trace {
  /** Firm slug or nation ISO3. */
  id: string;
  /** Percent of the input's global market (0–100), on the set's basis and year. */
  share: number;
  /** Why the figure is an estimate (the contributing edges' `estimate` texts); empty when measured. */
  estimates: string[];
  /** Site lens: the part of `share` counted at a firm's headquarters because no site split is known. */
  fallbackShare: number;
}

/**
 * How a set of nation shares was produced:
 * - `firm-rows`: the firm share set itself (firm figures);
 * - `nation-rows`: nation rows whose attribution matches the lens;
 * - `firms-by-lens`: the firm share set, each firm attributed to nations by the lens;
 * - `other-attribution-rows`: no figure exists for the lens; nation rows of another attribution
 *   stand in (flagged in `fallback`).
 */
export type ShareMethod = "firm-rows" | "nation-rows" | "firms-by-lens" | "other-attribution-rows";

/** One coherent share set: one year, one basis, one kind of provider (and one attribution). */
export interface ShareSet extends Trace {
  kind: "firm" | "nation";
  method: ShareMethod;
  /** The lens in force (nation sets); firm sets do not depend on a lens. */
  lens?: Lens;
  year: number;
  basis: ShareBasis;
  /** The attribution of the nation rows used (nation-rows, other-attribution-rows). */
  attribution?: Attribution;
  /** Providers, largest share first. */
  shares: ShareFigure[];
  /** Sum of the listed shares, percent. */
  covered: number;
  /** 100 − covered: "other / unattributed", kept explicit, never rescaled away. */
  other: number;
  /**
   * Herfindahl–Hirschman index over the listed shares in percent (0–10,000). The "other" remainder
   * is excluded because its split is unknown, so this is a lower bound of the true index.
   */
  hhi: number;
  /** Part of `covered` counted at headquarters because no site split is known (site lens). */
  fallbackShare: number;
  /** Set when the lens had no figure of its own and another attribution stands in. */
  fallback?: string;
  /** Plain-language notes on how the set was built (fallbacks, unknown splits). */
  notes: string[];
  /** Union of the estimate texts of its rows. */
  estimates: string[];
}

export type ChokepointReasonId = "nation-majority" | "nation-hhi" | "firm-majority" | "sole-provider";

export interface ChokepointReason {
  id: ChokepointReasonId;
  /** e.g. "NLD holds 100.0% (≥ 50%)". */
  text: string;
}

/** A provider known only as a fact (no share in the chosen set). */
export interface KnownProvider {
  id: string;
  kind: "firm" | "nation";
  edge: string;
}

/** The supply metrics of one input under a lens. */
export interface InputSupply extends Trace {
  input: string;
  label: string;
  layer: Layer;
  lens: Lens;
  firms: ShareSet | null;
  nations: ShareSet | null;
  /** Providers in force with no share in the chosen sets (and not named by them). */
  unquantified: KnownProvider[];
  /** Every firm known to provide it (with or without a share). */
  knownFirms: string[];
  /** Every nation it is attributed to under the lens (from shares, firms and nation rows). */
  knownNations: string[];
  hhiFirm: number | null;
  hhiNation: number | null;
  topFirm: ShareFigure | null;
  topNation: ShareFigure | null;
  chokepoint: boolean;
  chokepointReasons: ChokepointReason[];
  /** Inputs that require it directly or transitively (through `requires`), sorted. */
  downstream: string[];
  /** Inputs that require it directly. */
  requiredBy: string[];
}

/** A value with the lens and the trace that produced it. */
export interface Figure extends Trace {
  /** null when the figure cannot be computed (explained in `note`). */
  value: number | null;
  lens: Lens;
  note?: string;
  /** Reasons some contributing figures are estimates. */
  estimates: string[];
}

/** A nation's supply from another nation (or its own) for an input or a layer, 0–1. */
export interface SupplierShare extends Trace {
  nation: string;
  /** Fraction 0–1 of the input (or the layer's average). */
  share: number;
}

export interface NationInputDependence extends Trace {
  input: string;
  layer: Layer;
  /** Weight of the input in the nation's basket (sums to 1 over the basket). */
  weight: number;
  /** Domestic share, 0–1. */
  domestic: number;
  /** 1 − domestic: includes the unattributed remainder, so an upper bound. */
  foreign: number;
  /** Other nations' shares, 0–1, largest first. */
  suppliers: SupplierShare[];
  /** Unattributed remainder, 0–1. */
  unattributed: number;
  /** 1 − HHI of the named foreign suppliers (normalised to their total), 0–1; null when none. */
  diversification: number | null;
  /**
   * Which share set these figures read: "national" = the nation's own market (provides rows with
   * `scope` = the nation: where its own researchers trained, its national cloud market…); "world" =
   * the world share set, the fallback where no national figure exists.
   */
  figure: "national" | "world";
  set: Pick<ShareSet, "year" | "basis" | "method" | "attribution" | "fallback" | "estimates">;
}

export interface NationLayerDependence {
  layer: Layer;
  inputs: string[];
  /** Means over the layer's inputs (each input equally), 0–1. */
  domestic: number;
  foreign: number;
  unattributed: number;
  suppliers: SupplierShare[];
}

export interface Exposure extends Trace {
  nation: string;
  /** Basket-weighted share supplied by that nation, 0–1. */
  share: number;
  /** Inputs where that nation has a share, largest contribution first. */
  inputs: { input: string; share: number; contribution: number }[];
}

export interface LeverageItem extends Trace {
  input: string;
  /** The nation's share, percent. */
  share: number;
  /** 1 + number of downstream inputs. */
  weight: number;
  downstream: string[];
  estimates: string[];
}

/** Headline figures of a nation, for tables and the quadrant chart. */
export interface NationSummary {
  nation: string;
  label: string;
  lens: Lens;
  foreignDependence: number;
  leverage: number;
  diversification: number | null;
  orchestration: number | null;
  /** Inputs of the basket where it has a share. */
  participates: number;
}

export interface NationProfile {
  nation: string;
  label: string;
  lens: Lens;
  /** The inputs measured (with a nation share set under the lens), in basket order. */
  basket: string[];
  domestic: Figure;
  foreignDependence: Figure;
  unattributed: Figure;
  leverage: Figure;
  diversification: Figure;
  orchestration: Figure;
  exposures: Exposure[];
  leverageItems: LeverageItem[];
  layers: NationLayerDependence[];
  inputs: NationInputDependence[];
  /** All sources cited by its figures. */
  sources: string[];
}

export interface PathStep extends Trace {
  kind: "provides" | "requires" | "makes";
  from: string;
  to: string;
  /** Percent; null for requires (no quantity) or a provider without a published share. */
  share: number | null;
  estimates: string[];
}

export interface DependencyPath {
  /** Node ids from the provider (Y) to the dependent (X). */
  nodes: string[];
  steps: PathStep[];
  /** Product of the shares (as fractions) along the path; requires steps count 1. */
  score: number;
  /** False when a step has no published share (counted as 1 in `score`). */
  complete: boolean;
  hops: number;
  lens: Lens;
}
