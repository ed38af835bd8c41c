/**
 * The rules of the supply metrics: thresholds, and the formulas written out as text. The UI and
 * README show these constants, so what a page says is what the code does.
 */
import type { Lens } from "./types";

export const LENSES: readonly Lens[] = ["hq", "site", "controller"] as const;

export function isLens(value: unknown): value is Lens {
  return typeof value === "string" && (LENSES as readonly string[]).includes(value);
}

export const LENS_INFO: Record<Lens, { label: string; short: string; description: string }> = {
  hq: {
    label: "Headquarters",
    short: "by HQ",
    description:
      "A firm's share counts for the nation of its headquarters. Nation rows attributed by headquarters are used when they cover more of the market than the firm shares.",
  },
  site: {
    label: "Site location",
    short: "by site",
    description:
      "A firm's share is split over the nations of its sites by their capacity share for that input; without a known split it stays at the headquarters (flagged). Nation rows attributed by site are used when they cover more of the market than the firm shares with a known split.",
  },
  controller: {
    label: "Controlling owner",
    short: "by controller",
    description:
      "A firm's share counts for the nation of its controlling owner (its headquarters when no other controller is recorded, e.g. Arm → Japan via SoftBank).",
  },
};

// ---------------------------------------------------------------- share sets

export const SHARE_SET_RULE =
  "For each input, one coherent share set is chosen per kind of provider: among the rows in force for the year shown (the latest vintage of each provider), rows are grouped by year, basis and (for nations) attribution; the latest year wins, then the set covering more of the market. Shares of different years, bases or attributions are never added. The rest (100 − sum) is shown as “other / unattributed” and never rescaled away.";

export const NATIONAL_FIGURE_RULE =
  "Where a nation's own figure is published — where its own researchers trained (the talent flows into it), or the shares of its national market (e.g. its cloud market) — its domestic share, foreign suppliers, exposure and diversification use that figure, and the input says “national figure”. Elsewhere the world share stands in, labelled “world share”. Leverage always counts the world market: it measures control others depend on.";

export const NATION_SET_RULE =
  "A nation's share under a lens is the sum of its firms' shares attributed by that lens. Where nation rows with the lens's attribution exist and the firm shares cover less of the market (for the site lens: less with a known site split), the nation rows are used instead. Where the lens has neither, nation rows of another attribution stand in, flagged.";

// ---------------------------------------------------------------- concentration

/** HHI at or above which a market counts as highly concentrated (US DOJ/FTC 2010 guidelines). */
export const HHI_HIGH = 2500;
/** One nation or one firm at or above this share (percent) makes an input a chokepoint. */
export const MAJORITY_SHARE = 50;

export const HHI_RULE =
  "HHI (Herfindahl–Hirschman index) = sum of the squared shares in percent, 0–10,000. The “other / unattributed” remainder is excluded because its split is unknown, so the HHI shown is a lower bound.";

export const CHOKEPOINT_RULE = `An input is a chokepoint when, under the lens in force, one nation holds at least ${MAJORITY_SHARE}% of it, or the HHI by nation is at least ${HHI_HIGH.toLocaleString("en-US")} (highly concentrated), or one firm holds at least ${MAJORITY_SHARE}%, or, with no published shares, a single firm (or a single nation) is its only known provider.`;

export const DOWNSTREAM_RULE =
  "Downstream inputs: every input that requires it, directly or through a chain of “requires” relations.";

// ---------------------------------------------------------------- nation profiles

/** A nation with at least this share (percent) of an input has leverage over it. */
export const DOMINANT_SHARE = 25;

export const BASKET_RULE =
  "The inputs a nation needs are all inputs the Atlas measures (those with a share set under the lens), the same basket for every nation: every nation that builds or buys AI relies on the whole chain, and a common basket keeps nations comparable (a nation that makes nothing would otherwise look independent). Each of the chain's layers weighs the same and its inputs share the layer's weight equally, so the many measured equipment markets do not outweigh a layer measured by one input.";

export const FOREIGN_DEPENDENCE_RULE =
  "Foreign dependence = 1 − domestic share, averaged over the basket. The unattributed remainder counts as not domestic, so this is an upper bound where shares are incomplete.";

export const EXPOSURE_RULE =
  "Exposure to a nation = its share of each input, averaged over the basket with the same weights. Only named shares count (the unattributed remainder is not assigned to anyone), so exposures are lower bounds.";

export const LEVERAGE_RULE = `Leverage = sum over the inputs where the nation holds at least ${DOMINANT_SHARE}% of (its share × (1 + number of downstream inputs)), divided by the sum of (1 + downstream inputs) over the whole basket. 0–1: 1 would mean holding all of every input.`;

export const DIVERSIFICATION_RULE =
  "Diversification = 1 − HHI of the named foreign suppliers of an input (as fractions of their total), averaged over the basket weighted by how much of each input comes from named foreign suppliers. 0 = every foreign need from one nation; towards 1 = spread over many.";

export const ORCHESTRATION_FORMULA = "Orchestration = 100 × √(leverage × diversification)";

export const ORCHESTRATION_RATIONALE =
  "Sovereignty as orchestration is “participation plus control”: control where a nation leads (leverage) and participation through dependence spread over many partners (diversification). An orchestrator needs both — leverage with a single-supplier dependence can be held hostage, diversified dependence without leverage participates without control — so the index is their geometric mean: zero when either is zero, highest when both are high. 0–100.";
