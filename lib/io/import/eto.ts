/**
 * ETO Supply Chain Explorer folders: `readRelease` reads the CSVs of a release (shared by the
 * data pipeline, scripts/data/eto-lib.ts, and the import), and `stageEto` stages them as an Atlas
 * graph for the import pipeline (index.ts):
 *
 * - every input of inputs.csv and stage of stages.csv → an `input` node, its layer from ETO's type
 *   (tool_resource → equipment, material_resource → materials, design_resource → design; a
 *   process or stage by its stage: S1 design, S2 fabrication, S3 packaging; ultimate_output → compute);
 * - a `country` provider → a `nation` node keyed by its ISO3 name (USA), an `organization` → a
 *   `firm` node keyed by its ETO id (P313) with `hq` its country and a `headquartered_in` edge
 *   firm → nation;
 * - each row of provision.csv → `provides` provider → input, with its share (percent; `basis`
 *   revenue; nation rows `attribution: "hq"`), year and ETO's source text;
 * - sequence.csv: A goes_into B → `requires` B → A (B needs A, so B depends on A's providers);
 *   A is_type_of B → `requires` B → A (`relation: "is_type_of"`: the category stands on its types).
 *
 * `readRelease` recognises the layouts ETO has used: shares as percentages (61.2), fractions
 * (0.612) or strings ("61.2%"), with or without a `year` column (then the year comes from the
 * source text "TechInsights data (2025)", else from the input's `year` in inputs.csv), with or
 * without a source column. A release it cannot read is an `eto` error naming the file, line and
 * field. Pure; O(rows).
 */
import { parseCsvTable } from "../csv";
import type { DecodedFile } from "./decode";
import { baseName } from "./detect";
import type { Staging } from "./staging";

// ---------------------------------------------------------------- reading a release (moved from scripts/data/eto-lib.ts)

export interface EtoInput {
  id: string;
  name: string;
  type: string;
  year?: number;
  /** Market size as ETO writes it ("$994 million (2025)"). */
  market?: string;
}
export interface EtoProvider {
  id: string;
  name: string;
  alias: string;
  type: "country" | "organization";
  country: string;
}
export interface EtoProvision {
  providerId: string;
  providerName: string;
  inputId: string;
  inputName: string;
  /** Percent, 0–100; undefined = a known provider without a published share. */
  share?: number;
  year: number;
  source: string;
  /** 1-based line in provision.csv. */
  line: number;
}
export interface EtoSequence {
  inputId: string;
  goesInto?: string;
  isTypeOf?: string;
}
export interface EtoRelease {
  inputs: Map<string, EtoInput>;
  providers: Map<string, EtoProvider>;
  provision: EtoProvision[];
  sequence: EtoSequence[];
  /** How shares were written in this release: "percent", "fraction" or "percent-string". */
  shareLayout: "percent" | "fraction" | "percent-string";
  /** True when provision.csv had no year column. */
  yearInferred: boolean;
}

export class EtoError extends Error {}

function table(files: Record<string, string | undefined>, name: string, required = true) {
  const text = files[name];
  if (text === undefined) {
    if (required) throw new EtoError(`${name}: the file is missing from the ETO folder`);
    return undefined;
  }
  const t = parseCsvTable(text, { comments: false });
  if (t.errors.length) throw new EtoError(`${name} line ${t.errors[0]!.line}: ${t.errors[0]!.message}`);
  return t;
}

/** The first of `names` present in the header. */
function col(header: string[], file: string, ...names: string[]): string {
  const found = names.find((n) => header.includes(n));
  if (!found) throw new EtoError(`${file} line 1: the header lacks the column "${names[0]}" (or ${names.slice(1).join(", ")})`);
  return found;
}
function optCol(header: string[], ...names: string[]): string | undefined {
  return names.find((n) => header.includes(n));
}

const YEAR_IN_SOURCE = /\((\d{4})\)/;

/** A share cell in any of ETO's layouts, as written (before fraction scaling). */
export function parseShareCell(raw: string): { value?: number; percentSign: boolean } | { error: string } {
  const s = raw.trim();
  if (s === "") return { value: undefined, percentSign: false };
  const pct = s.endsWith("%");
  const num = Number((pct ? s.slice(0, -1) : s).trim());
  if (!Number.isFinite(num) || num < 0) return { error: `"${raw}" is not a share (a percentage, a fraction or a string like 61%)` };
  return { value: num, percentSign: pct };
}

export function readRelease(files: Record<string, string | undefined>): EtoRelease {
  const inputsT = table(files, "inputs.csv")!;
  const providersT = table(files, "providers.csv")!;
  const provisionT = table(files, "provision.csv")!;
  const sequenceT = table(files, "sequence.csv")!;

  const inputs = new Map<string, EtoInput>();
  {
    const h = inputsT.header;
    const id = col(h, "inputs.csv", "input_id", "id");
    const name = col(h, "inputs.csv", "input_name", "name");
    const type = optCol(h, "type");
    const year = optCol(h, "year");
    const market = optCol(h, "market_share_chart_global_market_size_info", "market_size");
    for (const r of inputsT.rows) {
      const y = year ? Number(r.values[year]) : NaN;
      inputs.set(r.values[id]!.trim(), {
        id: r.values[id]!.trim(),
        name: r.values[name]!.trim(),
        type: type ? r.values[type]!.trim() : "",
        year: Number.isInteger(y) && y > 1900 ? y : undefined,
        market: market ? r.values[market]!.trim() || undefined : undefined,
      });
    }
  }

  // Stage rows (S1…) of provision.csv name a stage of stages.csv (optional in older releases).
  const stagesT = table(files, "stages.csv", false);
  if (stagesT) {
    const id = col(stagesT.header, "stages.csv", "stage_id", "id");
    const name = col(stagesT.header, "stages.csv", "stage_name", "name");
    const market = optCol(stagesT.header, "market_share_chart_global_market_size_info");
    for (const r of stagesT.rows) {
      const sid = r.values[id]!.trim();
      if (!inputs.has(sid)) inputs.set(sid, { id: sid, name: r.values[name]!.trim(), type: "stage", market: market ? r.values[market]!.trim() || undefined : undefined });
    }
  }

  const providers = new Map<string, EtoProvider>();
  {
    const h = providersT.header;
    const id = col(h, "providers.csv", "provider_id", "id");
    const name = col(h, "providers.csv", "provider_name", "name");
    const type = col(h, "providers.csv", "provider_type", "type");
    const alias = optCol(h, "alias");
    const country = optCol(h, "country");
    for (const r of providersT.rows) {
      const t = r.values[type]!.trim();
      if (t !== "country" && t !== "organization") throw new EtoError(`providers.csv line ${r.line}, field ${type}: "${t}" is not country or organization`);
      providers.set(r.values[id]!.trim(), {
        id: r.values[id]!.trim(),
        name: r.values[name]!.trim(),
        alias: alias ? r.values[alias]!.trim() : "",
        type: t,
        country: country ? r.values[country]!.trim() : "",
      });
    }
  }

  const h = provisionT.header;
  const pid = col(h, "provision.csv", "provider_id");
  const pname = optCol(h, "provider_name");
  const iid = col(h, "provision.csv", "provided_id", "input_id");
  const iname = optCol(h, "provided_name", "input_name");
  const shareCol = col(h, "provision.csv", "share_provided", "share", "market_share");
  const yearCol = optCol(h, "year");
  const sourceCol = optCol(h, "source");
  const raw: { line: number; values: Record<string, string>; value?: number; pct: boolean }[] = [];
  let anyPct = false;
  let maxPlain = 0;
  for (const r of provisionT.rows) {
    const p = parseShareCell(r.values[shareCol]!);
    if ("error" in p) throw new EtoError(`provision.csv line ${r.line}, field ${shareCol}: ${p.error}`);
    if (p.percentSign) anyPct = true;
    else if (p.value !== undefined) maxPlain = Math.max(maxPlain, p.value);
    raw.push({ line: r.line, values: r.values, value: p.value, pct: p.percentSign });
  }
  // Fractions: a release whose plain shares never exceed 1 writes shares as fractions of 1.
  const fraction = !anyPct && maxPlain > 0 && maxPlain <= 1;
  const provision: EtoProvision[] = [];
  for (const r of raw) {
    const providerId = r.values[pid]!.trim();
    const inputId = r.values[iid]!.trim();
    if (!providers.has(providerId)) throw new EtoError(`provision.csv line ${r.line}, field ${pid}: unknown provider "${providerId}" (not in providers.csv)`);
    if (!inputs.has(inputId)) throw new EtoError(`provision.csv line ${r.line}, field ${iid}: unknown input "${inputId}" (not in inputs.csv)`);
    const source = sourceCol ? r.values[sourceCol]!.trim() : "";
    let year: number | undefined;
    if (yearCol && r.values[yearCol]!.trim() !== "") {
      year = Number(r.values[yearCol]!.trim());
      if (!Number.isInteger(year)) throw new EtoError(`provision.csv line ${r.line}, field ${yearCol}: "${r.values[yearCol]}" is not a year`);
    } else {
      const m = YEAR_IN_SOURCE.exec(source);
      year = m ? Number(m[1]) : inputs.get(inputId)!.year;
    }
    // A known provider without a share and without a year carries nothing the Atlas derives.
    if (year === undefined && r.value === undefined) continue;
    if (year === undefined) throw new EtoError(`provision.csv line ${r.line}: no year (no year column, none in the source text, none for input ${inputId} in inputs.csv)`);
    let share = r.value;
    if (share !== undefined && fraction && !r.pct) share = Math.round(share * 100 * 1e6) / 1e6;
    if (share !== undefined && share > 100) throw new EtoError(`provision.csv line ${r.line}, field ${shareCol}: ${share} is more than 100%`);
    provision.push({
      providerId,
      providerName: pname ? r.values[pname]!.trim() : providers.get(providerId)!.name,
      inputId,
      inputName: iname ? r.values[iname]!.trim() : inputs.get(inputId)!.name,
      share,
      year,
      source,
      line: r.line,
    });
  }

  const sequence: EtoSequence[] = [];
  {
    const s = sequenceT.header;
    const id = col(s, "sequence.csv", "input_id");
    const gi = optCol(s, "goes_into_id");
    const ti = optCol(s, "is_type_of_id");
    for (const r of sequenceT.rows)
      sequence.push({
        inputId: r.values[id]!.trim(),
        goesInto: gi ? r.values[gi]!.trim() || undefined : undefined,
        isTypeOf: ti ? r.values[ti]!.trim() || undefined : undefined,
      });
  }
  return { inputs, providers, provision, sequence, shareLayout: anyPct ? "percent-string" : fraction ? "fraction" : "percent", yearInferred: !yearCol };
}

// ---------------------------------------------------------------- staging a release as an Atlas graph

const LAYER_OF_TYPE: Record<string, string> = { tool_resource: "equipment", material_resource: "materials", design_resource: "design", ultimate_output: "compute" };
const LAYER_OF_STAGE: Record<string, string> = { S1: "design", S2: "fabrication", S3: "packaging" };
const TABLE_ROLE: Record<string, string> = { "inputs.csv": "inputs", "providers.csv": "providers", "provision.csv": "provision", "sequence.csv": "sequence", "stages.csv": "stages" };

/** "provision.csv line 4, field share_provided: …" → its parts. */
function locate(message: string): { file?: string; line?: number; field?: string; message: string } {
  const m = /^(\S+\.csv)(?: line (\d+))?(?:, field ([^:]+))?: ([\s\S]*)$/.exec(message);
  return m ? { file: m[1], line: m[2] ? Number(m[2]) : undefined, field: m[3], message: m[4]! } : { message };
}

/**
 * Stage an ETO folder (the files by their table names). Returns what was read of each file, or
 * null after logging an `eto` error (a missing table or column, a share that is no share, a row
 * naming an unknown provider or input).
 */
export function stageEto(files: DecodedFile[], stage: Staging, progress: (fraction: number, step: string) => void): { name: string; rows?: number; role: string; encoding: string }[] | null {
  const byTable = new Map<string, DecodedFile>();
  for (const f of files) byTable.set(baseName(f.name).toLowerCase(), f);
  const texts: Record<string, string | undefined> = {};
  for (const [k, f] of byTable) texts[k] = f.text;
  const nameOf = (table: string) => byTable.get(table)?.name ?? table;

  progress(0, "parsing the ETO folder");
  let release: EtoRelease;
  try {
    release = readRelease(texts);
  } catch (e) {
    if (!(e instanceof EtoError)) throw e;
    const at = locate(e.message);
    stage.log.error({ file: at.file ? nameOf(at.file) : nameOf("provision.csv"), line: at.line, field: at.field, code: "eto", message: at.message, action: "nothing imported" });
    return null;
  }
  progress(0.5, "building the ETO graph");
  const inputsFile = nameOf("inputs.csv");
  const providersFile = nameOf("providers.csv");
  const provisionFile = nameOf("provision.csv");
  const sequenceFile = nameOf("sequence.csv");

  // Stages of inputs.csv (stage_id) for processes.
  const stageOf = new Map<string, string>();
  const inputsTable = parseCsvTable(texts["inputs.csv"] ?? "", { comments: false });
  for (const r of inputsTable.rows) {
    const id = (r.values.input_id ?? r.values.id ?? "").trim();
    const s = (r.values.stage_id ?? "").trim();
    if (id && s) stageOf.set(id, s);
  }

  for (const inp of release.inputs.values()) {
    const layer = inp.type === "stage" ? LAYER_OF_STAGE[inp.id] : (LAYER_OF_TYPE[inp.type] ?? LAYER_OF_STAGE[stageOf.get(inp.id) ?? ""]);
    const attributes: Record<string, unknown> = { kind: "input", label: inp.name, eto_type: inp.type };
    if (layer) attributes.layer = layer;
    if (inp.year !== undefined) attributes.year_eto = inp.year;
    if (inp.market) attributes.market_eto = inp.market;
    stage.addNode({ id: inp.id, attributes, at: { file: inp.type === "stage" ? nameOf("stages.csv") : inputsFile } });
  }

  // Nations by their ISO3 name; firms by their ETO id, headquartered in their country.
  const nodeOfProvider = new Map<string, string>();
  const nations = new Set<string>();
  for (const p of release.providers.values()) {
    if (p.type !== "country") continue;
    nodeOfProvider.set(p.id, p.name);
    if (nations.has(p.name)) continue;
    nations.add(p.name);
    stage.addNode({ id: p.name, attributes: { kind: "nation", label: p.alias || p.name, eto_id: p.id }, at: { file: providersFile } });
  }
  // A firm no row of provision.csv names (UMC in the 2026-08 release) has no place in the chain.
  const providing = new Set(release.provision.map((r) => r.providerId));
  const idle: EtoProvider[] = [];
  for (const p of release.providers.values()) {
    if (p.type !== "organization") continue;
    if (!providing.has(p.id)) {
      idle.push(p);
      continue;
    }
    nodeOfProvider.set(p.id, p.id);
    const attributes: Record<string, unknown> = { kind: "firm", label: p.name, eto_id: p.id };
    if (p.alias && p.alias !== p.name) attributes.aliases = p.alias;
    if (p.country) attributes.hq = p.country;
    stage.addNode({ id: p.id, attributes, at: { file: providersFile } });
    if (!p.country) {
      stage.log.warning({ file: providersFile, field: "country", code: "eto", message: `firm ${p.id} (${p.name}) has no country`, action: "no headquartered_in edge" });
      continue;
    }
    if (!nations.has(p.country)) {
      nations.add(p.country);
      stage.addNode({ id: p.country, attributes: { kind: "nation", label: p.country }, at: { file: providersFile } });
    }
    stage.addEdge({ source: p.id, target: p.country, attributes: { kind: "headquartered_in", eto_field: "country" }, at: { file: providersFile } });
  }

  if (idle.length)
    stage.log.warning({
      file: providersFile,
      code: "eto",
      message: `${idle.length} firm${idle.length === 1 ? "" : "s"} of providers.csv provide${idle.length === 1 ? "s" : ""} nothing in provision.csv (the first: ${idle[0]!.id}, ${idle[0]!.name})`,
      action: "not imported",
    });

  for (const r of release.provision) {
    const provider = release.providers.get(r.providerId)!;
    const attributes: Record<string, unknown> = { kind: "provides", year: r.year };
    if (r.share !== undefined) {
      attributes.share = r.share;
      attributes.basis = "revenue";
    }
    if (provider.type === "country") attributes.attribution = "hq";
    if (r.source) attributes.eto_source = r.source;
    stage.addEdge({ source: nodeOfProvider.get(r.providerId)!, target: r.inputId, attributes, at: { file: provisionFile, line: r.line } });
  }

  for (const s of release.sequence) {
    for (const [to, relation] of [
      [s.goesInto, "goes_into"],
      [s.isTypeOf, "is_type_of"],
    ] as const) {
      if (!to) continue;
      // B needs A: the edge runs from what requires to what is required (lib/model/README.md).
      stage.addEdge({ source: to, target: s.inputId, attributes: { kind: "requires", relation }, at: { file: sequenceFile } });
    }
  }
  progress(1, "building the ETO graph");

  const rows: Record<string, number> = { "inputs.csv": inputsTable.rows.length, "providers.csv": release.providers.size, "provision.csv": release.provision.length, "sequence.csv": release.sequence.length };
  return files.map((f) => {
    const t = baseName(f.name).toLowerCase();
    return { name: f.name, rows: rows[t], role: TABLE_ROLE[t] ?? "ignored", encoding: f.encoding };
  });
}
