/**
 * The dataset's schema: one zod schema per data file row, and the types inferred from them.
 * CSV cells arrive as strings; the cell helpers here turn "" into "absent", split `;` lists and
 * parse numbers, so each schema states what a reviewer may write in a cell.
 */
import { z } from "zod";
import {
  AMOUNT_SCALES,
  ATTRIBUTIONS,
  CONFIDENCES,
  LAYERS,
  PARTNERSHIP_KINDS,
  PROGRAMME_FUNDING,
  SHARE_BASES,
  SITE_KINDS,
  TALENT_SHARE_OF,
} from "./vocabulary";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);

export const ISO3 = /^[A-Z]{3}$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A required, trimmed, non-empty text cell. */
const text = (max = 500) => z.preprocess(trimmed, z.string().min(1, "is empty").max(max, `is longer than ${max} characters`));
/** An optional text cell ("" means absent). */
const optText = (max = 2000) => z.preprocess(emptyToUndefined, z.string().trim().max(max).optional());
/** A `;`-separated list cell; "" is the empty list. */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(";")
            .map((s) => s.trim())
            .filter((s) => s !== "")
        : v,
    z.array(item),
  );
const nonEmptyList = <T extends z.ZodType<string>>(item: T) =>
  list(item).refine((a) => a.length > 0, "needs at least one entry");
const number = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v),
    z.number({ error: "is not a number" }).finite().min(min).max(max),
  );
const optNumber = (min: number, max: number) => z.preprocess(emptyToUndefined, number(min, max).optional());
const year = () => number(1900, 2100).pipe(z.number().int("is not a whole year"));
const optYear = () => z.preprocess(emptyToUndefined, year().optional());
const optEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(emptyToUndefined, z.enum(values).optional());

export const iso3 = z.preprocess(trimmed, z.string().regex(ISO3, "is not an ISO 3166-1 alpha-3 code (e.g. TWN)"));
export const slug = z.preprocess(
  trimmed,
  z.string().regex(SLUG, "is not a lowercase slug (letters, digits and single hyphens, e.g. tsmc)"),
);
/** Any node id: an ISO3 code for nations, a slug for everything else. */
export const nodeId = z.preprocess(
  trimmed,
  z.string().refine((s) => ISO3.test(s) || SLUG.test(s), "is not a node id (an ISO3 code or a lowercase slug)"),
);
const sourceIds = nonEmptyList(z.string().regex(SLUG, "is not a source id"));

/** The period a market size covers (inputs.csv `market_period`). */
export const MARKET_PERIODS = ["year", "H1", "H2", "Q1", "Q2", "Q3", "Q4"] as const;

/** "" or a text saying why the figure is an estimate. Present means: this figure is an estimate. */
const estimate = optText(500);

// ---------------------------------------------------------------- dataset.json

export const datasetMetaSchema = z.object({
  title: z.string().min(1),
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, "is not a version like 2026.11.0"),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "is not a date like 2026-11-26"),
  description: z.string().min(1),
  licence: z.string().min(1),
  /**
   * The final AI capabilities (input ids) the dependency graph ends in: criticality is the share of
   * them lost when a node's supply stops (lib/scenario/criticality.ts).
   */
  finalCapabilities: z.array(z.string().regex(SLUG, "is not an input id")).min(1).optional(),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

// ---------------------------------------------------------------- sources.csv

export const sourceSchema = z.object({
  id: slug,
  publisher: text(200),
  title: text(400),
  year: year(),
  url: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^https?:\/\/\S+$/, "is not an http(s) URL")
      .optional(),
  ),
  licence: optText(200),
  /** Where in the source the figures cited from it stand (page, table, chart or section), when one place serves every row citing it. */
  locator: optText(300),
  note: optText(),
});
export type Source = z.infer<typeof sourceSchema>;

// ---------------------------------------------------------------- nodes

/** What every node row has after its id: the label shown, and the other names search finds it by. */
const names = { label: text(120), aliases: list(z.string().max(120)) };

export const nationSchema = z.object({
  id: iso3,
  ...names,
  region: text(60),
  note: optText(),
  sources: sourceIds,
});
export type NationRow = z.infer<typeof nationSchema>;

export const firmSchema = z.object({
  id: slug,
  ...names,
  hq: iso3,
  /** Nation whose law governs the controlling owner, when it differs from the headquarters. */
  controller: z.preprocess(emptyToUndefined, iso3.optional()),
  layer: z.enum(LAYERS),
  founded: optYear(),
  note: optText(),
  sources: sourceIds,
});
export type FirmRow = z.infer<typeof firmSchema>;

export const inputSchema = z.object({
  id: slug,
  ...names,
  layer: z.enum(LAYERS),
  description: text(600),
  market_usd_b: optNumber(0, 100_000),
  market_year: optYear(),
  /** The period the market size covers: a whole year, or one quarter or half of `market_year`. */
  market_period: optEnum(MARKET_PERIODS),
  /** Where in its source the market size stands (page, table, chart or section). */
  locator: optText(300),
  note: optText(),
  sources: sourceIds,
});
export type InputRow = z.infer<typeof inputSchema>;

export const blocSchema = z.object({
  id: slug,
  ...names,
  members: nonEmptyList(z.string().regex(ISO3, "is not an ISO3 code")),
  description: text(600),
  sources: sourceIds,
});
export type BlocRow = z.infer<typeof blocSchema>;

// ---------------------------------------------------------------- edges

const edgeBase = {
  from: nodeId,
  to: nodeId,
  note: optText(),
  sources: sourceIds,
  /** Where in the source the row's figure stands (page, table, chart or section); else the source's own `locator`. */
  locator: optText(300),
};

export const providesSchema = z.object({
  ...edgeBase,
  /** Global market share, percent (0–100). Absent when only the fact of provision is known. */
  share: optNumber(0, 100),
  basis: optEnum(SHARE_BASES),
  /** For a nation provider: whether its share counts firm headquarters or site location. */
  attribution: optEnum(ATTRIBUTIONS),
  year: year(),
  end: optYear(),
  confidence: optEnum(CONFIDENCES),
  estimate,
  /** The market the share is measured in: a nation's ISO3 for a national market (Korea's cloud market); absent = the world. */
  scope: z.preprocess(emptyToUndefined, iso3.optional()),
  /**
   * When the share divides less than the whole market (e.g. "top-10 OSATs' combined revenue"): what
   * it divides. Such a set has no "other" remainder; the rest of the market is unknown.
   */
  denominator: optText(200),
});

export const requiresSchema = z.object({
  ...edgeBase,
  year: optYear(),
});

export const suppliesSchema = z.object({
  ...edgeBase,
  input: slug,
  year: year(),
  end: optYear(),
});

/** An owner (firm or nation) holds a stake in a firm: a subsidiary or a joint venture. */
export const ownsSchema = z.object({
  ...edgeBase,
  /** Percent of the owned firm held, where known. */
  stake: optNumber(0, 100),
  year: year(),
  end: optYear(),
  estimate,
});

export const operatesInSchema = z.object({
  ...edgeBase,
  site: z.enum(SITE_KINDS),
  detail: text(300),
  /** The input made at this site, when it is one input (used by the site-location lens). */
  input: z.preprocess(emptyToUndefined, slug.optional()),
  /** Share of the firm's output of `input` made at this site's nation, percent. */
  capacity_share: optNumber(0, 100),
  year: year(),
  end: optYear(),
  estimate,
});

export const partnersWithSchema = z.object({
  ...edgeBase,
  partnership: z.enum(PARTNERSHIP_KINDS),
  detail: text(400),
  value_usd_b: optNumber(0, 10_000),
  year: year(),
  end: optYear(),
  estimate,
});

export const talentFlowSchema = z.object({
  ...edgeBase,
  /**
   * The share set the row belongs to (a slug, e.g. `macropolo-workforce`): one publisher's figures
   * on one basis. Rows of one set share one `basis` and one `share_of`; sets are never mixed, and
   * the same origin, destination and year may appear once per set.
   */
  set: slug,
  /** Whose researchers the share divides: the destination's workforce, or the origin's graduates (or cohort). */
  share_of: z.preprocess(trimmed, z.enum(TALENT_SHARE_OF, { error: `is not one of ${TALENT_SHARE_OF.join(", ")}` })),
  share: number(0, 100),
  /** What the share is a share of, in words (e.g. "of top-tier researchers working in the destination"). */
  basis: text(300),
  year: year(),
  estimate,
});

export const exportControlSchema = z.object({
  ...edgeBase,
  inputs: list(z.string().regex(SLUG, "is not an input id")),
  layers: list(z.enum(LAYERS)),
  detail: text(400),
  year: year(),
  end: optYear(),
});

export type ProvidesRow = z.infer<typeof providesSchema>;
export type RequiresRow = z.infer<typeof requiresSchema>;
export type SuppliesRow = z.infer<typeof suppliesSchema>;
export type OwnsRow = z.infer<typeof ownsSchema>;
export type OperatesInRow = z.infer<typeof operatesInSchema>;
export type PartnersWithRow = z.infer<typeof partnersWithSchema>;
export type TalentFlowRow = z.infer<typeof talentFlowSchema>;
export type ExportControlRow = z.infer<typeof exportControlSchema>;

// ---------------------------------------------------------------- programmes.csv

/**
 * A sovereign or national AI programme: one public commitment of a nation (or a bloc), in the
 * currency its source states. `usd_b` only where the source itself gives a US-dollar figure.
 */
export const programmeSchema = z.object({
  id: slug,
  /** The committing nation (ISO3) or bloc (slug). */
  owner: nodeId,
  name: text(200),
  /** The amount as the source writes it, in `scale` units of `currency` (10,371.92 crore INR). */
  amount: number(0, 1_000_000),
  scale: z.enum(Object.keys(AMOUNT_SCALES) as [keyof typeof AMOUNT_SCALES, ...(keyof typeof AMOUNT_SCALES)[]]),
  currency: z.preprocess(trimmed, z.string().regex(/^[A-Z]{3}$/, "is not an ISO 4217 currency code (e.g. EUR)")),
  /** US dollars, billions, only where the source states a dollar figure. */
  usd_b: optNumber(0, 100_000),
  start: year(),
  end: optYear(),
  /** The period in words, as the source gives it ("five years from approval"). */
  period: text(300),
  /** What it funds. */
  funds: text(600),
  funding: z.enum(PROGRAMME_FUNDING),
  note: optText(),
  sources: sourceIds,
  /** Where in its source the amount stands: required for every programme. */
  locator: text(300),
  estimate,
});
export type ProgrammeRow = z.infer<typeof programmeSchema>;

/** Every edge file, by edge kind. `headquartered_in` edges are derived from firms.csv (`hq`). */
export const EDGE_FILE_SCHEMAS = {
  provides: providesSchema,
  requires: requiresSchema,
  supplies: suppliesSchema,
  owns: ownsSchema,
  operates_in: operatesInSchema,
  partners_with: partnersWithSchema,
  talent_flow: talentFlowSchema,
  export_control: exportControlSchema,
} as const;
export type EdgeFileKind = keyof typeof EDGE_FILE_SCHEMAS;

export const NODE_FILE_SCHEMAS = {
  nation: nationSchema,
  firm: firmSchema,
  input: inputSchema,
  bloc: blocSchema,
} as const;

/**
 * Paths of the data files, relative to data/. Each CSV file may be split into parts beside it:
 * `edges/provides.csv` plus `edges/provides-eto.csv`, `edges/provides-models.csv`… (same columns),
 * so a generated or thematic set of rows lives in its own reviewable file.
 */
export const DATA_FILES = {
  meta: "dataset.json",
  sources: "sources.csv",
  programmes: "programmes.csv",
  nodes: {
    nation: "nodes/nations.csv",
    firm: "nodes/firms.csv",
    input: "nodes/inputs.csv",
    bloc: "nodes/blocs.csv",
  },
  edges: {
    provides: "edges/provides.csv",
    requires: "edges/requires.csv",
    supplies: "edges/supplies.csv",
    owns: "edges/owns.csv",
    operates_in: "edges/operates_in.csv",
    partners_with: "edges/partners_with.csv",
    talent_flow: "edges/talent_flow.csv",
    export_control: "edges/export_control.csv",
  },
} as const;

/** The part files of one base file among the given names: "edges/provides.csv" → itself, then "edges/provides-*.csv", sorted. */
export function dataFileParts(base: string, names: Iterable<string>): string[] {
  const stem = base.replace(/\.csv$/, "");
  const parts = [...names].filter((n) => n.startsWith(`${stem}-`) && n.endsWith(".csv") && /^[a-z0-9-]+$/.test(n.slice(stem.length + 1, -4)));
  return [base, ...parts.sort()];
}
