/**
 * Derive the Atlas's ETO rows from a folder of ETO Supply Chain Explorer CSVs (pure: no I/O).
 *
 * `readRelease` recognises the layouts ETO has used: shares as percentages (61.2), fractions
 * (0.612) or strings ("61.2%"), with or without a `year` column (then the year comes from the
 * source text "TechInsights data (2025)", else from the input's `year` in inputs.csv).
 * `deriveRows` maps the release through the reviewed mapping (data/eto/mapping.csv) into provides
 * rows (firm and nation-by-headquarters shares), new input and firm nodes, and requires rows placed
 * by ETO's sequence (goes_into → the consumer `requires` the input). `changeReport` compares a new
 * vintage with the previous one already in the dataset.
 */
import { csvCell, parseCsvTable } from "../../lib/io/csv";
import { EtoError, type EtoProvider, type EtoProvision, type EtoRelease } from "../../lib/io/import/eto";

// Reading a release moved to lib/io/import/eto.ts, which the browser import shares.
export { EtoError, parseShareCell, readRelease } from "../../lib/io/import/eto";
export type { EtoInput, EtoProvider, EtoProvision, EtoRelease, EtoSequence } from "../../lib/io/import/eto";


// ---------------------------------------------------------------- the mapping

export interface MappingRow {
  /**
   * input: ETO input whose shares (and listed providers) become the Atlas input's rows; listed: an
   * ETO input whose listed providers only (known, without a share) become fact-of-provision rows of
   * the Atlas input; chain: an ETO input or process that only places requires rows; provider: an
   * ETO provider; skip: deliberately not mapped.
   */
  kind: "input" | "listed" | "chain" | "provider" | "skip";
  etoId: string;
  etoName: string;
  /** Atlas id(s); `;`-separated for chain rows. */
  atlas: string[];
  /** For a new input or firm: its label; for an input, `layer` and `description` too. */
  label: string;
  layer: string;
  description: string;
  /** For an input: the Atlas inputs that require it, overriding ETO's sequence. */
  requiredBy: string[];
  note: string;
  line: number;
}

export const MAPPING_COLUMNS = ["kind", "eto_id", "eto_name", "atlas_id", "label", "layer", "description", "required_by", "note"] as const;

export function parseMapping(text: string, file = "data/eto/mapping.csv"): MappingRow[] {
  const t = parseCsvTable(text);
  if (t.errors.length) throw new EtoError(`${file} line ${t.errors[0]!.line}: ${t.errors[0]!.message}`);
  for (const c of MAPPING_COLUMNS) if (!t.header.includes(c)) throw new EtoError(`${file} line 1: the header lacks the column "${c}"`);
  const list = (s: string) => s.split(";").map((x) => x.trim()).filter(Boolean);
  const out: MappingRow[] = [];
  const seen = new Map<string, number>();
  for (const r of t.rows) {
    const v = r.values;
    const kind = v.kind!.trim();
    if (kind !== "input" && kind !== "listed" && kind !== "chain" && kind !== "provider" && kind !== "skip")
      throw new EtoError(`${file} line ${r.line}, field kind: "${kind}" is not input, listed, chain, provider or skip`);
    const key = `${kind === "provider" ? "P" : "N"}|${v.eto_id!.trim()}`;
    if (seen.has(key)) throw new EtoError(`${file} line ${r.line}, field eto_id: ${v.eto_id} is already mapped at line ${seen.get(key)}`);
    seen.set(key, r.line);
    const atlas = list(v.atlas_id!);
    if (kind !== "skip" && atlas.length === 0) throw new EtoError(`${file} line ${r.line}, field atlas_id: is empty (use kind skip with a note for an ETO id left out)`);
    if (kind === "skip" && v.note!.trim() === "") throw new EtoError(`${file} line ${r.line}, field note: a skipped ETO id needs a note saying why`);
    out.push({
      kind,
      etoId: v.eto_id!.trim(),
      etoName: v.eto_name!.trim(),
      atlas,
      label: v.label!.trim(),
      layer: v.layer!.trim(),
      description: v.description!.trim(),
      requiredBy: list(v.required_by!),
      note: v.note!.trim(),
      line: r.line,
    });
  }
  return out;
}

// ---------------------------------------------------------------- deriving rows

export interface AtlasIds {
  nations: Set<string>;
  firms: Set<string>;
  inputs: Set<string>;
  /** Existing requires pairs "from|to" (any file but the generated one). */
  requires: Set<string>;
  /** Existing provides pairs "from|to" (any file but the generated one): a listed provider already curated is not repeated. */
  provides?: Set<string>;
}

export interface ProvidesOut {
  from: string;
  to: string;
  /** Undefined for a provider ETO lists without a share (a fact of provision). */
  share?: number;
  attribution: "" | "hq";
  year: number;
  source: string;
  locator: string;
  note: string;
}
export interface InputOut {
  id: string;
  label: string;
  layer: string;
  description: string;
  marketUsdB?: number;
  marketYear?: number;
  locator: string;
  etoId: string;
}
export interface FirmOut {
  id: string;
  label: string;
  aliases: string;
  hq: string;
  layer: string;
  etoId: string;
}
export interface RequiresOut {
  from: string;
  to: string;
  note: string;
}
export interface Derived {
  provides: ProvidesOut[];
  inputs: InputOut[];
  firms: FirmOut[];
  requires: RequiresOut[];
  /** ETO inputs with shares that no mapping row names. */
  unmappedInputs: { id: string; name: string; rows: number }[];
  skippedInputs: { id: string; name: string; note: string }[];
  /** ETO providers with a share in a mapped input but no Atlas node (their share stays in "other"). */
  unmappedProviders: { id: string; name: string; inputs: string[] }[];
  zeroShares: number;
  /** Rows from a source other than TechInsights, left to the hand-curated files. */
  otherSourceRows: number;
}

/** "$994 million (2025)" → 0.994 (billion) and 2025; undefined when ETO gives no figure. */
export function parseMarket(s: string | undefined): { usdB: number; year?: number } | undefined {
  if (!s) return undefined;
  const m = /^\$\s*([\d.,]+)\s*(million|billion|trillion)\b/i.exec(s.trim());
  if (!m) return undefined;
  const y = /\((\d{4})\)\s*$/.exec(s.trim());
  const n = Number(m[1]!.replace(/,/g, ""));
  const scale = { million: 1e-3, billion: 1, trillion: 1e3 }[m[2]!.toLowerCase() as "million" | "billion" | "trillion"];
  return { usdB: Math.round(n * scale * 1e6) / 1e6, year: y ? Number(y[1]) : undefined };
}

/** The source id of an ETO provision row: TechInsights-based tool shares by year; undefined for other sources. */
export function sourceIdOf(p: EtoProvision): string | undefined {
  return /TechInsights/i.test(p.source) ? `eto-techinsights-${p.year}` : undefined;
}

const NATION_NOTE = "Share of firms headquartered in this nation.";

export function deriveRows(release: EtoRelease, mapping: MappingRow[], atlas: AtlasIds): Derived {
  const inputMap = new Map<string, MappingRow>();
  const listedMap = new Map<string, MappingRow>();
  const chainMap = new Map<string, MappingRow>();
  const providerMap = new Map<string, MappingRow>();
  const skip = new Map<string, MappingRow>();
  for (const m of mapping) {
    if (m.kind === "input") inputMap.set(m.etoId, m);
    else if (m.kind === "listed") listedMap.set(m.etoId, m);
    else if (m.kind === "chain") chainMap.set(m.etoId, m);
    else if (m.kind === "provider") providerMap.set(m.etoId, m);
    else skip.set(m.etoId, m);
  }
  for (const m of inputMap.values()) {
    if (!release.inputs.has(m.etoId)) throw new EtoError(`data/eto/mapping.csv line ${m.line}, field eto_id: ${m.etoId} is not an input of this ETO release`);
    if (m.atlas.length !== 1) throw new EtoError(`data/eto/mapping.csv line ${m.line}, field atlas_id: an input maps to exactly one Atlas input`);
    const id = m.atlas[0]!;
    if (!atlas.inputs.has(id) && (!m.label || !m.layer || !m.description))
      throw new EtoError(`data/eto/mapping.csv line ${m.line}: "${id}" is not an Atlas input; a new input needs label, layer and description`);
  }

  // New input nodes.
  const inputs: InputOut[] = [];
  for (const m of inputMap.values()) {
    const id = m.atlas[0]!;
    if (atlas.inputs.has(id)) continue;
    const e = release.inputs.get(m.etoId)!;
    const market = parseMarket(e.market);
    inputs.push({
      id,
      label: m.label,
      layer: m.layer,
      description: m.description,
      marketUsdB: market?.usdB,
      marketYear: market ? (market.year ?? e.year) : undefined,
      locator: market ? `inputs.csv input_id=${e.id}, column market_share_chart_global_market_size_info` : `inputs.csv input_id=${e.id}`,
      etoId: e.id,
    });
  }

  for (const m of listedMap.values()) {
    if (!release.inputs.has(m.etoId)) throw new EtoError(`data/eto/mapping.csv line ${m.line}, field eto_id: ${m.etoId} is not an input of this ETO release`);
    if (m.atlas.length !== 1 || (!atlas.inputs.has(m.atlas[0]!) && !inputs.some((i) => i.id === m.atlas[0])))
      throw new EtoError(`data/eto/mapping.csv line ${m.line}, field atlas_id: a listed row maps to one Atlas input that exists (or that an input row adds)`);
  }

  // Provides rows.
  const provides: ProvidesOut[] = [];
  const firms = new Map<string, FirmOut>();
  const unmappedProviders = new Map<string, { id: string; name: string; inputs: Set<string> }>();
  const unmappedInputs = new Map<string, { id: string; name: string; rows: number }>();
  let zeroShares = 0;
  let otherSourceRows = 0;
  const addFirm = (from: string, prov: EtoProvider, pm: MappingRow | undefined, layer = "equipment") => {
    if (atlas.firms.has(from) || firms.has(from)) return;
    if (!pm?.label) throw new EtoError(`data/eto/mapping.csv line ${pm?.line}: "${from}" is not an Atlas firm; a new firm needs a label`);
    if (!/^[A-Z]{3}$/.test(prov.country) || !atlas.nations.has(prov.country))
      throw new EtoError(`providers.csv: ${prov.id} ${prov.name} has country "${prov.country}", not a nation of the Atlas; map it to an existing firm or skip it`);
    firms.set(from, { id: from, label: pm.label, aliases: prov.alias && prov.alias !== pm.label ? prov.alias : "", hq: prov.country, layer: pm.layer || layer, etoId: prov.id });
  };
  for (const p of release.provision) {
    if (p.share === undefined) continue;
    const m = inputMap.get(p.inputId);
    if (!m) {
      if (!skip.has(p.inputId) && !chainMap.has(p.inputId) && !listedMap.has(p.inputId)) {
        const u = unmappedInputs.get(p.inputId) ?? { id: p.inputId, name: p.inputName, rows: 0 };
        u.rows++;
        unmappedInputs.set(p.inputId, u);
      }
      continue;
    }
    const source = sourceIdOf(p);
    if (!source) {
      otherSourceRows++;
      continue;
    }
    const prov = release.providers.get(p.providerId)!;
    let from: string | undefined;
    const pm = providerMap.get(p.providerId);
    if (pm && pm.kind === "provider") from = pm.atlas[0];
    else if (skip.has(p.providerId)) from = undefined;
    else if (prov.type === "country" && atlas.nations.has(prov.name)) from = prov.name;
    if (!from) {
      if (!skip.has(p.providerId)) {
        const u = unmappedProviders.get(p.providerId) ?? { id: p.providerId, name: prov.name, inputs: new Set<string>() };
        u.inputs.add(p.inputId);
        unmappedProviders.set(p.providerId, u);
      }
      continue;
    }
    if (p.share === 0) {
      zeroShares++;
      continue;
    }
    const isNation = prov.type === "country";
    if (!isNation) addFirm(from, prov, pm);
    provides.push({
      from,
      to: m.atlas[0]!,
      share: p.share,
      attribution: isNation ? "hq" : "",
      year: p.year,
      source,
      locator: `provision.csv provider_id=${p.providerId}, provided_id=${p.inputId}, year=${p.year}`,
      note: isNation ? NATION_NOTE : "",
    });
  }
  const listedSeen = new Set<string>();
  for (const p of release.provision) {
    if (p.share !== undefined) continue;
    // Known providers without a share (ETO's 2019 lists, from CSET 2021): facts of provision.
    const m = listedMap.get(p.inputId) ?? inputMap.get(p.inputId);
    if (!m || p.year !== 2019) continue;
    const prov = release.providers.get(p.providerId)!;
    if (prov.type !== "organization" || skip.has(p.providerId)) continue;
    const pm = providerMap.get(p.providerId);
    const to = m.atlas[0]!;
    if (!pm) {
      const u = unmappedProviders.get(p.providerId) ?? { id: p.providerId, name: prov.name, inputs: new Set<string>() };
      u.inputs.add(p.inputId);
      unmappedProviders.set(p.providerId, u);
      continue;
    }
    const from = pm.atlas[0]!;
    const k = `${from}|${to}`;
    if (atlas.provides?.has(k) || listedSeen.has(k)) continue;
    listedSeen.add(k);
    addFirm(from, prov, pm, m.layer || "materials");
    provides.push({
      from,
      to,
      attribution: "",
      year: p.year,
      source: "eto-cset-2021",
      locator: `provision.csv provider_id=${p.providerId}, provided_id=${p.inputId} (listed without a share)`,
      note: `Listed by ETO as a provider of ${p.inputName} (CSET 2021); no share published.`,
    });
  }
  // One row per provider, input and year: ETO lists each once; guard anyway.
  const seen = new Set<string>();
  for (const r of provides) {
    const k = `${r.from}|${r.to}|${r.year}`;
    if (seen.has(k)) throw new EtoError(`provision.csv: two shares for ${r.from} in ${r.to} (${r.year}); check the mapping for two ETO providers or inputs mapped to one Atlas id`);
    seen.add(k);
  }
  provides.sort(
    (a, b) =>
      a.to.localeCompare(b.to) || b.year - a.year || Number(a.attribution === "hq") - Number(b.attribution === "hq") || (b.share ?? -1) - (a.share ?? -1) || a.from.localeCompare(b.from),
  );

  // Requires rows from the sequence: the consumer of what an input goes into requires the input.
  const goes = new Map<string, string[]>();
  const typeOf = new Map<string, string>();
  for (const s of release.sequence) {
    if (s.goesInto) goes.set(s.inputId, [...(goes.get(s.inputId) ?? []), s.goesInto]);
    if (s.isTypeOf) typeOf.set(s.inputId, s.isTypeOf);
  }
  const atlasOf = (eto: string): string[] | undefined => inputMap.get(eto)?.atlas ?? listedMap.get(eto)?.atlas ?? chainMap.get(eto)?.atlas;
  /** Atlas inputs standing for ETO id `g` (what an input goes into): its mapping, else what g itself goes into. */
  const targets = (g: string, depth = 0): { ids: string[]; path: string[] } => {
    const a = atlasOf(g);
    if (a) return { ids: a, path: [g] };
    if (depth > 20) return { ids: [], path: [g] };
    const ids = new Set<string>();
    const path: string[] = [g];
    for (const next of goes.get(g) ?? []) {
      const t = targets(next, depth + 1);
      t.ids.forEach((x) => ids.add(x));
      path.push(...t.path);
    }
    return { ids: [...ids], path };
  };
  const consumers = (e: string, depth = 0): { ids: string[]; why: string } => {
    const m = inputMap.get(e);
    if (m?.requiredBy.length) return { ids: m.requiredBy, why: `placed by data/eto/mapping.csv${m.note ? `: ${m.note}` : ""}` };
    const g = goes.get(e);
    if (g?.length) {
      const ids = new Set<string>();
      const parts: string[] = [];
      for (const x of g) {
        // Going into another tool category makes the tool a part of it (like is_type_of): a
        // category never requires its own parts, or its makers would depend on their own tools.
        if (release.inputs.get(x)?.type === "tool_resource" && depth < 20) {
          const c = consumers(x, depth + 1);
          c.ids.forEach((i) => ids.add(i));
          parts.push(`${e} goes into ${x}; ${c.why}`);
          continue;
        }
        const t = targets(x);
        t.ids.forEach((i) => ids.add(i));
        parts.push(`${e} goes into ${t.path.join(" → ")}`);
      }
      return { ids: [...ids], why: parts.join("; ") };
    }
    const parent = typeOf.get(e);
    if (parent && depth < 20) {
      const c = consumers(parent, depth + 1);
      return { ids: c.ids, why: `${e} is a type of ${parent}; ${c.why}` };
    }
    return { ids: [], why: "" };
  };
  const requires: RequiresOut[] = [];
  const reqSeen = new Set<string>();
  for (const m of inputMap.values()) {
    const to = m.atlas[0]!;
    // An input already in the Atlas keeps its curated place in the chain; new inputs get ETO's.
    if (atlas.inputs.has(to)) continue;
    const c = consumers(m.etoId);
    for (const from of c.ids) {
      if (from === to) continue;
      const k = `${from}|${to}`;
      if (atlas.requires.has(k) || reqSeen.has(k)) continue;
      reqSeen.add(k);
      requires.push({ from, to, note: `${c.why.startsWith("placed by") ? c.why : `ETO sequence.csv: ${c.why}`}`.replace(/\.+$/, "") + "." });
    }
  }
  requires.sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));

  const skippedInputs = [...skip.values()].filter((s) => release.inputs.has(s.etoId)).map((s) => ({ id: s.etoId, name: release.inputs.get(s.etoId)!.name, note: s.note }));
  return {
    provides,
    inputs: inputs.sort((a, b) => a.id.localeCompare(b.id)),
    firms: [...firms.values()].sort((a, b) => a.id.localeCompare(b.id)),
    requires,
    unmappedInputs: [...unmappedInputs.values()],
    skippedInputs,
    unmappedProviders: [...unmappedProviders.values()].map((u) => ({ id: u.id, name: u.name, inputs: [...u.inputs] })),
    zeroShares,
    otherSourceRows,
  };
}

// ---------------------------------------------------------------- rendering

export const BEGIN = "# BEGIN generated by scripts/data/eto.ts";
export const END = "# END generated";

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);
const line = (cells: string[]) => cells.map((c) => csvCell(c, { formulaGuard: false })).join(",");

/** Replace the block between the markers of `existing` (or build a new file with `header` and `preamble`). */
export function withGenerated(existing: string | undefined, header: string, preamble: string[], body: string[]): string {
  const block = [BEGIN, ...body, END];
  if (existing !== undefined) {
    const lines = existing.replace(/\r\n/g, "\n").split("\n");
    const b = lines.indexOf(BEGIN);
    const e = lines.indexOf(END);
    if (b >= 0 && e > b) return [...lines.slice(0, b), ...block, ...lines.slice(e + 1)].join("\n");
  }
  return [header, ...preamble.map((p) => `# ${p}`), ...block, ""].join("\n");
}

export const PROVIDES_HEADER = "from,to,share,basis,attribution,year,confidence,estimate,note,sources,locator";
export function renderProvides(rows: ProvidesOut[]): string[] {
  return rows.map((r) =>
    line([r.from, r.to, r.share === undefined ? "" : num(r.share), r.share === undefined ? "" : "revenue", r.attribution, String(r.year), "high", "", r.note, r.source, r.locator]),
  );
}
export const INPUTS_HEADER = "id,label,aliases,layer,description,market_usd_b,market_year,market_period,locator,note,sources";
export function renderInputs(rows: InputOut[]): string[] {
  return rows.map((r) =>
    line([r.id, r.label, "", r.layer, r.description, r.marketUsdB === undefined ? "" : num(r.marketUsdB), r.marketYear === undefined ? "" : String(r.marketYear), r.marketUsdB === undefined ? "" : "year", r.locator, `ETO input ${r.etoId}.`, "eto-chip-explorer"]),
  );
}
export const FIRMS_HEADER = "id,label,aliases,hq,controller,layer,founded,note,sources";
export function renderFirms(rows: FirmOut[]): string[] {
  return rows.map((r) => line([r.id, r.label, r.aliases, r.hq, "", r.layer, "", `ETO provider ${r.etoId}; headquarters as ETO's providers.csv gives it.`, "eto-chip-explorer"]));
}
export const REQUIRES_HEADER = "from,to,year,note,sources";
export function renderRequires(rows: RequiresOut[]): string[] {
  return rows.map((r) => line([r.from, r.to, "", r.note, "eto-chip-explorer"]));
}

// ---------------------------------------------------------------- change report

export interface PreviousShare {
  from: string;
  to: string;
  share: number;
  year: number;
  attribution: string;
}
export interface ChangeReport {
  year: number;
  previousYear: Map<string, number>;
  compared: number;
  changed: number;
  moved: { to: string; from: string; before: number; after: number }[];
  added: { to: string; from: string; after: number }[];
  dropped: { to: string; from: string; before: number }[];
  newInputs: string[];
}

/**
 * Compare the rows of vintage `year` with the latest earlier vintage of the same input in the
 * dataset (firm and nation rows separately): shares moved by at least `threshold` points,
 * providers added or dropped. Inputs without an earlier vintage are listed as new.
 */
export function changeReport(next: ProvidesOut[], previous: PreviousShare[], year: number, threshold = 2): ChangeReport {
  const cur = next.filter((r): r is ProvidesOut & { share: number } => r.year === year && r.share !== undefined);
  const byInput = new Map<string, PreviousShare[]>();
  for (const p of previous) if (p.year < year) byInput.set(p.to, [...(byInput.get(p.to) ?? []), p]);
  const previousYear = new Map<string, number>();
  for (const [to, rows] of byInput) previousYear.set(to, Math.max(...rows.map((r) => r.year)));
  const report: ChangeReport = { year, previousYear, compared: 0, changed: 0, moved: [], added: [], dropped: [], newInputs: [] };
  const inputs = [...new Set(cur.map((r) => r.to))].sort();
  for (const to of inputs) {
    const py = previousYear.get(to);
    if (py === undefined) {
      report.newInputs.push(to);
      continue;
    }
    const before = new Map(byInput.get(to)!.filter((r) => r.year === py).map((r) => [`${r.from}|${r.attribution}`, r]));
    const after = new Map(cur.filter((r) => r.to === to).map((r) => [`${r.from}|${r.attribution}`, r]));
    for (const [k, a] of after) {
      const b = before.get(k);
      if (!b) {
        report.added.push({ to, from: a.from, after: a.share });
        continue;
      }
      report.compared++;
      if (Math.abs(a.share - b.share) > 1e-9) report.changed++;
      if (Math.abs(a.share - b.share) >= threshold - 1e-9) report.moved.push({ to, from: a.from, before: b.share, after: a.share });
    }
    for (const [k, b] of before) if (!after.has(k)) report.dropped.push({ to, from: b.from, before: b.share });
  }
  report.moved.sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || x.to.localeCompare(y.to));
  return report;
}

export function formatReport(r: ChangeReport, d: Derived, meta: { folder: string; layout: string }): string {
  const out: string[] = [];
  out.push(`# ETO refresh: change report (${r.year} vintage)`, "");
  out.push(`Derived from the ETO Supply Chain Explorer (CSET, Georgetown University; CC BY-NC 4.0) release in ${meta.folder}; share layout: ${meta.layout}.`, "");
  const shares = d.provides.filter((p) => p.share !== undefined);
  out.push(
    `- ${shares.length} share rows generated (${shares.filter((p) => p.year === r.year).length} of ${r.year}) and ${d.provides.length - shares.length} providers listed without a share (2019); ${d.inputs.length} new inputs, ${d.firms.length} new firms, ${d.requires.length} new requires rows.`,
  );
  out.push(`- Compared with the previous vintage in the dataset: ${r.compared} rows comparable, ${r.changed} changed, ${r.moved.length} moved by 2 points or more; ${r.added.length} providers added, ${r.dropped.length} dropped.`);
  out.push(`- ${d.zeroShares} rows with a 0.0 share left out; ${d.otherSourceRows} rows of mapped inputs from other sources (CSET 2021, SIA) left to the hand-curated files.`, "");
  const prevY = (to: string) => r.previousYear.get(to) ?? "?";
  out.push("## Shares moved by 2 points or more", "", "| input | provider | before | after |", "|---|---|---|---|");
  for (const m of r.moved) out.push(`| ${m.to} | ${m.from} | ${num(m.before)} (${prevY(m.to)}) | ${num(m.after)} |`);
  out.push("", "## Providers added", "");
  for (const a of r.added) out.push(`- ${a.to}: ${a.from} (${num(a.after)})`);
  out.push("", "## Providers dropped", "");
  for (const a of r.dropped) out.push(`- ${a.to}: ${a.from} (was ${num(a.before)} in ${prevY(a.to)})`);
  out.push("", "## Inputs without an earlier vintage (new to the Atlas)", "", r.newInputs.map((x) => `- ${x}`).join("\n") || "- none");
  out.push("", "## ETO inputs with shares not mapped", "");
  for (const u of d.unmappedInputs) out.push(`- ${u.id} ${u.name} (${u.rows} rows): no mapping row`);
  for (const s of d.skippedInputs) out.push(`- ${s.id} ${s.name}: skipped: ${s.note}`);
  out.push("", "## ETO providers with shares but no Atlas node (their share stays in other / unattributed)", "");
  for (const u of d.unmappedProviders) out.push(`- ${u.id} ${u.name}: ${u.inputs.join(", ")}`);
  return out.join("\n") + "\n";
}
