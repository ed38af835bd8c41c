/**
 * The scenario's JSON form and its one zod schema. The same schema validates the body of
 * POST /api/scenario (strictly: any bad field is a 400 naming it), a file the user imports and a
 * link's `scenario` parameter (leniently: a bad shock is dropped and reported, the rest applies).
 * Node ids are checked against the graph later, by `applyScenario`, which skips stale ids with a
 * report; this schema only checks shape.
 */
import { z } from "zod";
import { ISO3, SLUG } from "../model/schema";
import { LAYERS, PARTNERSHIP_KINDS } from "../model/vocabulary";

export const SCENARIO_VERSION = 1;

/** Any node id (ISO3 for nations, a slug otherwise). */
const nodeId = z.string().refine((s) => ISO3.test(s) || SLUG.test(s), "is not a node id (an ISO3 code or a lowercase slug)");
const slug = z.string().regex(SLUG, "is not a lowercase slug (e.g. tsmc)");
const layer = z.enum(LAYERS);
const text = (max: number) => z.string().trim().max(max, `is longer than ${max} characters`);
const percent = z.number({ error: "is not a number" }).finite().min(0, "must be at least 0").max(100, "must be at most 100");

/** Inputs and layers a shock concerns; both empty = every input. */
const scope = {
  inputs: z.array(slug).max(100).default([]),
  layers: z.array(layer).max(LAYERS.length).default([]),
};

/**
 * How far a control reaches: "direct" withholds the controlled inputs themselves; "downstream" also
 * follows them into everything made from them, wherever it is made (like the US foreign direct
 * product rule): a target can then obtain no more of a product than of the controlled input in it.
 */
const reach = z.enum(["direct", "downstream"]).default("direct");

const common = {
  /** Stable within the scenario (UI keys, toggles); assigned s1, s2, … when missing. */
  id: z.string().regex(/^[\w-]{1,40}$/, "is not a shock id (letters, digits, - and _)").optional(),
  /** Off = kept in the list but not applied. */
  enabled: z.boolean().default(true),
  /** A short name shown in the list; generated when absent. */
  label: text(200).optional(),
  note: text(1000).optional(),
};

export const removeShockSchema = z.strictObject({
  ...common,
  type: z.literal("remove"),
  /** A firm or a nation: everything it provides (under the lens) is lost and the node leaves the network. */
  node: nodeId,
});

export const degradeShockSchema = z.strictObject({
  ...common,
  type: z.literal("degrade"),
  /** A firm or a nation (a nation: all supply attributed to it under the lens). */
  provider: nodeId,
  /** Capacity lost, percent (100 = offline). */
  percent,
  ...scope,
});

export const exportControlShockSchema = z.strictObject({
  ...common,
  type: z.literal("export-control"),
  /** The controlling nation (or a single firm that withdraws). */
  from: nodeId,
  /** Targets: nations or bloc ids (expanded to their members), or "all" (everyone but `from`). */
  to: z.union([z.literal("all"), z.array(nodeId).min(1, "names no target").max(100)]),
  ...scope,
  reach,
});

export const cutEdgeShockSchema = z.strictObject({
  ...common,
  type: z.literal("cut-edge"),
  /** An edge id of the Atlas graph, e.g. "partners_with:openai:microsoft:2025". */
  edge: z.string().min(3).max(300),
});

export const addCapacityShockSchema = z.strictObject({
  ...common,
  type: z.literal("add-capacity"),
  /** An existing firm or nation, or a new supplier's slug (then `name` and `nation` are needed). */
  provider: nodeId,
  /** Display name of a new supplier. */
  name: text(120).optional(),
  /** Where the capacity sits (the site); the provider's headquarters when absent. */
  nation: z.string().regex(ISO3, "is not an ISO3 code").optional(),
  input: slug,
  /** Points of today's global market added (0–100). Absent: a new known provider without a share. */
  share: percent.optional(),
  confidence: z.enum(["high", "medium", "low"]).default("low"),
});

export const addPartnershipShockSchema = z.strictObject({
  ...common,
  type: z.literal("add-partnership"),
  from: nodeId,
  to: nodeId,
  partnership: z.enum(PARTNERSHIP_KINDS),
  detail: text(400).optional(),
});

export const blocShockSchema = z.strictObject({
  ...common,
  type: z.literal("bloc"),
  /** A bloc id of data/nodes/blocs.csv, or absent for a custom set (`members`). */
  bloc: slug.optional(),
  /** Custom members (ISO3), used when `bloc` is absent; added to the bloc's members when both are given. */
  members: z.array(z.string().regex(ISO3, "is not an ISO3 code")).max(100).default([]),
  /** withhold: members stop supplying everyone else; cut-off: everyone else stops supplying members. */
  action: z.enum(["withhold", "cut-off"]),
  ...scope,
  reach,
});

export const shockSchema = z.discriminatedUnion("type", [
  removeShockSchema,
  degradeShockSchema,
  exportControlShockSchema,
  cutEdgeShockSchema,
  addCapacityShockSchema,
  addPartnershipShockSchema,
  blocShockSchema,
]);

export const SHOCK_TYPES = ["remove", "degrade", "export-control", "cut-edge", "add-capacity", "add-partnership", "bloc"] as const;

/** A source of a preset: an id of data/sources.csv or data/scenarios/sources.csv, or written out. */
export const scenarioSourceSchema = z.union([
  slug,
  z.strictObject({
    publisher: text(200).min(1),
    title: text(400).min(1),
    year: z.number().int().min(1900).max(2100),
    url: z.string().regex(/^https?:\/\/\S+$/, "is not an http(s) URL").optional(),
  }),
]);

export const scenarioOptionsSchema = z.strictObject({
  /** How supply is attributed to nations (lib/supply lenses). */
  lens: z.enum(["hq", "site", "controller"]).default("hq"),
  /** Shares as of this year (the latest vintage not after it); absent = the latest data. */
  year: z.number().int().min(1900).max(2100).optional(),
  /**
   * open: trade as if no export control were in force; controls-in-force: the export controls of
   * data/edges/export_control.csv in force that year apply to the baseline and the scenario alike.
   */
  baseline: z.enum(["open", "controls-in-force"]).default("open"),
});

export const scenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION).default(SCENARIO_VERSION),
  /** Set on presets (a slug). */
  id: slug.optional(),
  name: text(120).min(1, "is empty").default("Untitled scenario"),
  description: text(3000).optional(),
  options: scenarioOptionsSchema.default({ lens: "hq", baseline: "open" }),
  shocks: z.array(shockSchema).max(200, "has more than 200 shocks"),
  sources: z.array(scenarioSourceSchema).max(100).default([]),
});

export type Shock = z.infer<typeof shockSchema>;
export type ShockType = Shock["type"];
export type ShockOf<T extends ShockType> = Extract<Shock, { type: T }>;
export type ScenarioOptions = z.infer<typeof scenarioOptionsSchema>;
export type ScenarioSource = z.infer<typeof scenarioSourceSchema>;
/** A scenario after parsing: defaults filled, every shock with an id. */
export type Scenario = Omit<z.infer<typeof scenarioSchema>, "shocks"> & { shocks: (Shock & { id: string })[] };
/** What a person or a file may write (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;

export interface SchemaProblem {
  /** Dotted path of the bad field, e.g. "shocks.2.percent" ("" for the whole document). */
  path: string;
  message: string;
}

const pathOf = (p: readonly PropertyKey[]) => p.map(String).join(".");

/** Give every shock an id, unique within the scenario (s1, s2, … for missing or repeated ones). */
export function withShockIds(shocks: Shock[]): (Shock & { id: string })[] {
  const seen = new Set<string>();
  let n = 0;
  return shocks.map((s) => {
    let id = s.id;
    if (!id || seen.has(id)) {
      do id = `s${++n}`;
      while (seen.has(id) || shocks.some((o) => o.id === id));
    }
    seen.add(id);
    return { ...s, id };
  });
}

/** Strict parse: the first problem is reported with its path (for the API's 400). */
export function parseScenario(value: unknown): { scenario: Scenario; problem?: undefined } | { scenario?: undefined; problem: SchemaProblem } {
  const r = scenarioSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { problem: { path: pathOf(issue.path), message: describeIssue(issue) } };
  }
  return { scenario: { ...r.data, shocks: withShockIds(r.data.shocks) } };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union" && "discriminator" in issue) return `unknown shock type (expected one of ${SHOCK_TYPES.join(", ")})`;
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return issue.message;
}

/**
 * Lenient parse for files and links: the scenario's own fields must be valid (else nothing is
 * returned), but each invalid shock is dropped and reported while the others are kept.
 */
export function parseScenarioLenient(value: unknown): { scenario?: Scenario; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { problems: [{ path: "", message: "is not a JSON object" }] };
  const raw = value as Record<string, unknown>;
  const shocksRaw = raw.shocks;
  if (!Array.isArray(shocksRaw)) return { problems: [{ path: "shocks", message: "is not a list of shocks" }] };
  const kept: unknown[] = [];
  shocksRaw.slice(0, 200).forEach((s, i) => {
    const r = shockSchema.safeParse(s);
    if (r.success) kept.push(s);
    else {
      const issue = r.error.issues[0]!;
      const type = typeof (s as { type?: unknown })?.type === "string" ? ` (${(s as { type: string }).type})` : "";
      problems.push({ path: pathOf(["shocks", i, ...issue.path]), message: `shock ${i + 1}${type} skipped: ${describeIssue(issue)}` });
    }
  });
  if (shocksRaw.length > 200) problems.push({ path: "shocks", message: `only the first 200 of ${shocksRaw.length} shocks were read` });
  const r = scenarioSchema.safeParse({ ...raw, shocks: kept });
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { problems: [...problems, { path: pathOf(issue.path), message: describeIssue(issue) }] };
  }
  return { scenario: { ...r.data, shocks: withShockIds(r.data.shocks) }, problems };
}

export const emptyScenario = (name = "Untitled scenario"): Scenario => ({
  version: SCENARIO_VERSION,
  name,
  options: { lens: "hq", baseline: "open" },
  shocks: [],
  sources: [],
});
