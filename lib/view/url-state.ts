/**
 * The explorer's view state and its query-string form. The URL is the single source of truth for
 * what is shown: a reload or a pasted link restores the exact view, and Back/Forward step through
 * view changes. Parsing never throws: unknown values are dropped and reported as problems, so a
 * stale or hand-edited link still opens.
 */
import { z } from "zod";
import { EDGE_KINDS, LAYERS, NODE_KINDS, SUPPLY_KINDS, type EdgeKind, type Layer, type NodeKind } from "../model/vocabulary";
import type { Direction } from "../model/queries";

export const LAYOUTS = ["chain", "fcose", "flow", "nation", "concentric"] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  chain: "Layered supply chain",
  fcose: "Force-directed",
  flow: "Supply-chain flow",
  nation: "Grouped by nation",
  concentric: "Concentric by metric",
};

/** Colour by layer, kind, Louvain community, or the value of a node metric (its id). */
export const COLOR_BY = ["layer", "kind", "community"] as const;
export type ColorBy = (typeof COLOR_BY)[number] | (string & {});
const METRIC_ID = /^[a-zA-Z][\w-]{0,40}$/;

export interface ViewState {
  /** Selected node. */
  node?: string;
  /** Node whose neighbourhood is shown alone. */
  focus?: string;
  depth: 1 | 2 | 3;
  dir: Direction;
  layers: Layer[];
  kinds: NodeKind[];
  /** Relation kinds drawn; empty = the default, the supply relations (DEFAULT_EDGE_KINDS). */
  edges: EdgeKind[];
  nations: string[];
  /** In a focus: also draw the focused node's other relations (ownership, sites, partners, controls, talent). */
  relations: boolean;
  /** Show nodes that have no relation in the current view (hidden by default). */
  isolated: boolean;
  /**
   * In the layered supply-chain layout without a focus or filters, providers are folded into the
   * inputs they provide (a ring of nation shares) and shown when their input is selected; `unfold`
   * draws every provider instead.
   */
  unfold: boolean;
  /** Show the network as of this year; undefined = latest data. */
  year?: number;
  layout: LayoutName;
  view: "graph" | "table";
  from?: string;
  to?: string;
  pathDir: Direction;
  color: ColorBy;
  /**
   * Metric id that sizes nodes (and orders the concentric layout): "criticality" by default
   * (lib/scenario/criticality.ts), a network metric's id, or FIXED_SIZE for sizes by kind.
   */
  size?: string;
  /** The applied what-if scenario, encoded by lib/scenario/encode.ts ("p.<preset>" or "j.<base64url JSON>"). */
  scenario?: string;
}

export const DEFAULT_VIEW: ViewState = {
  depth: 1,
  dir: "both",
  layers: [],
  kinds: [],
  edges: [],
  nations: [],
  relations: false,
  isolated: false,
  unfold: false,
  layout: "chain",
  view: "graph",
  pathDir: "up",
  color: "layer",
  size: "criticality",
};

/** The size "metric" that sizes nodes by kind only (no metric). */
export const FIXED_SIZE = "kind";
/** The id of the criticality measure among the size and colour metrics. */
export const CRITICALITY_METRIC = "criticality";

/**
 * The relations drawn when the view names none: supply, the relations "depends on" follows. The
 * other families (ownership, sites, partnerships, export controls, talent) are one tick away.
 */
export const DEFAULT_EDGE_KINDS: readonly EdgeKind[] = SUPPLY_KINDS;

/** The relation kinds a view draws. */
export function shownEdgeKinds(state: Pick<ViewState, "edges">): readonly EdgeKind[] {
  return state.edges.length > 0 ? state.edges : DEFAULT_EDGE_KINDS;
}

/** Toggle one relation kind, starting from what is shown; back to the default list = []. */
export function toggleEdgeKind(state: Pick<ViewState, "edges">, kind: EdgeKind): EdgeKind[] {
  const shown = shownEdgeKinds(state);
  const next = EDGE_KINDS.filter((k) => (k === kind ? !shown.includes(k) : shown.includes(k)));
  const isDefault = next.length === DEFAULT_EDGE_KINDS.length && next.every((k) => DEFAULT_EDGE_KINDS.includes(k));
  return isDefault ? [] : next;
}

const DIRECTIONS = ["up", "down", "both"] as const;
/** A scenario parameter: a preset id or base64url JSON (decoded and validated by lib/scenario). */
const SCENARIO_PARAM = /^(p\.[a-z0-9-]{1,80}|j\.[A-Za-z0-9_-]{1,8000})$/;
const idParam = z.string().min(1).max(200);

function listParam<T extends string>(raw: string | null, allowed: readonly T[], name: string, problems: string[]): T[] {
  if (!raw) return [];
  const out: T[] = [];
  for (const v of raw.split(",")) {
    if ((allowed as readonly string[]).includes(v)) {
      if (!out.includes(v as T)) out.push(v as T);
    } else if (v !== "") problems.push(`unknown ${name} "${v}"`);
  }
  return out;
}

export interface ParsedViewState {
  state: ViewState;
  problems: string[];
}

export function parseViewState(params: URLSearchParams): ParsedViewState {
  const problems: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW, layers: [], kinds: [], edges: [], nations: [] };
  const id = (name: string) => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const r = idParam.safeParse(raw);
    if (!r.success) problems.push(`ignored ${name}: not a node id`);
    return r.success ? r.data : undefined;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`unknown ${name} "${raw}"`);
    return fallback;
  };
  state.node = id("node");
  state.focus = id("focus");
  state.from = id("from");
  state.to = id("to");
  const depth = params.get("depth");
  if (depth !== null) {
    if (depth === "1" || depth === "2" || depth === "3") state.depth = Number(depth) as 1 | 2 | 3;
    else problems.push(`depth must be 1, 2 or 3 (got "${depth}")`);
  }
  state.dir = oneOf("dir", DIRECTIONS, DEFAULT_VIEW.dir);
  state.pathDir = oneOf("pathdir", DIRECTIONS, DEFAULT_VIEW.pathDir);
  state.layout = oneOf("layout", LAYOUTS, DEFAULT_VIEW.layout);
  state.view = oneOf("view", ["graph", "table"] as const, DEFAULT_VIEW.view);
  const color = params.get("color");
  if (color !== null) {
    if (METRIC_ID.test(color)) state.color = color;
    else problems.push(`unknown colour "${color}"`);
  }
  state.layers = listParam(params.get("layers"), LAYERS, "layer", problems);
  state.kinds = listParam(params.get("kinds"), NODE_KINDS, "node kind", problems);
  state.edges = listParam(params.get("edges"), EDGE_KINDS, "edge kind", problems);
  const nations = params.get("nations");
  if (nations) {
    state.nations = [...new Set(nations.split(",").filter((n) => /^[A-Z]{3}$/.test(n)))];
    if (state.nations.length !== nations.split(",").length) problems.push("ignored nations that are not ISO3 codes");
  }
  const rel = params.get("rel");
  if (rel !== null) {
    if (rel === "1" || rel === "0") state.relations = rel === "1";
    else problems.push(`rel must be 1 or 0 (got "${rel}")`);
  }
  const isolated = params.get("isolated");
  if (isolated !== null) {
    if (isolated === "1" || isolated === "0") state.isolated = isolated === "1";
    else problems.push(`isolated must be 1 or 0 (got "${isolated}")`);
  }
  const unfold = params.get("unfold");
  if (unfold !== null) {
    if (unfold === "1" || unfold === "0") state.unfold = unfold === "1";
    else problems.push(`unfold must be 1 or 0 (got "${unfold}")`);
  }
  const year = params.get("year");
  if (year !== null) {
    const y = Number(year);
    if (Number.isInteger(y) && y >= 1900 && y <= 2100) state.year = y;
    else problems.push(`year must be a year like 2024 (got "${year}")`);
  }
  const size = params.get("size");
  if (size !== null && METRIC_ID.test(size)) state.size = size;
  else if (size !== null) problems.push(`unknown size metric "${size}"`);
  const scenario = params.get("scenario");
  if (scenario !== null) {
    if (SCENARIO_PARAM.test(scenario)) state.scenario = scenario;
    else problems.push("ignored scenario: not a scenario link");
  }
  return { state, problems };
}

/** Query string (without "?") for a state; defaults are omitted and the order is fixed, so equal views give equal URLs. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | number | undefined, dflt?: string | number) => {
    if (v !== undefined && v !== dflt) p.set(k, String(v));
  };
  set("node", state.node);
  set("focus", state.focus);
  if (state.focus) {
    set("depth", state.depth, DEFAULT_VIEW.depth);
    set("dir", state.dir, DEFAULT_VIEW.dir);
    if (state.relations) p.set("rel", "1");
  }
  set("from", state.from);
  set("to", state.to);
  if (state.from && state.to) set("pathdir", state.pathDir, DEFAULT_VIEW.pathDir);
  if (state.layers.length) p.set("layers", state.layers.join(","));
  if (state.kinds.length) p.set("kinds", state.kinds.join(","));
  if (state.edges.length) p.set("edges", state.edges.join(","));
  if (state.nations.length) p.set("nations", state.nations.join(","));
  if (state.isolated) p.set("isolated", "1");
  if (state.unfold) p.set("unfold", "1");
  set("year", state.year);
  set("layout", state.layout, DEFAULT_VIEW.layout);
  set("color", state.color, DEFAULT_VIEW.color);
  set("size", state.size ?? FIXED_SIZE, DEFAULT_VIEW.size);
  set("view", state.view, DEFAULT_VIEW.view);
  set("scenario", state.scenario);
  return p.toString();
}
