/**
 * The citation and share-set rules `npm run data:check` enforces beyond the schema (issue 11, §3).
 * Pure: works on the dataset's file texts (readDatasetFiles) and names file, line and field.
 *
 * 1. One basis per share set: the share rows of one input, vintage (year), provider kind (firm or
 *    nation), attribution and market (scope) all have one basis; a proxy (an `estimate` saying
 *    "proxy") is its own set, so proxies and measured shares never share a set.
 * 2. A set that divides less than the whole market (a top-10, a top-N) says so in `denominator`,
 *    the same text on every row of the set, so no "other" remainder is invented for it.
 * 3. Every figure has a locator (page, table, chart or section) in its row or in a cited source.
 * 4. Market sizes carry their period (`market_year` and `market_period`) and, where the input has
 *    measured shares, a year that is one of the shares' vintages.
 * 5. Export controls name the inputs they cover (`inputs`), not only a layer.
 * (Sums of at most 100.5% per set are checked by lib/model/dataset.ts.)
 */
import { parseCsvTable } from "../../lib/io/csv";
import type { DataError } from "../../lib/model/dataset";
import { DATA_FILES, dataFileParts } from "../../lib/model/schema";

type Row = { file: string; line: number; v: Record<string, string> };

function rowsOf(files: Record<string, string | undefined>, base: string): Row[] {
  const out: Row[] = [];
  for (const file of dataFileParts(base, Object.keys(files))) {
    const text = files[file];
    if (text === undefined) continue;
    for (const r of parseCsvTable(text).rows) out.push({ file, line: r.line, v: Object.fromEntries(Object.entries(r.values).map(([k, x]) => [k, x.trim()])) });
  }
  return out;
}

const ISO3 = /^[A-Z]{3}$/;
const list = (s: string | undefined) => (s ?? "").split(";").map((x) => x.trim()).filter(Boolean);
const isProxy = (r: Row) => /\bproxy\b/i.test(r.v.estimate ?? "");
/** "share of the top-10 OSATs' revenue": a share of part of the market (not "the top five held 95%", a fact about the whole). */
const PARTIAL = /\b(?:of|among) the top[- ]?(?:\d+|ten|five|three)\b/i;

/** The figure columns of each edge file: a row with one of them filled states a figure. */
const FIGURE_COLUMNS: Record<string, string[]> = {
  provides: ["share"],
  operates_in: ["capacity_share"],
  owns: ["stake"],
  partners_with: ["value_usd_b"],
  talent_flow: ["share"],
};

export function checkRules(files: Record<string, string | undefined>): DataError[] {
  const errors: DataError[] = [];
  const sources = new Map(rowsOf(files, DATA_FILES.sources).map((r) => [r.v.id!, r]));
  const provides = rowsOf(files, DATA_FILES.edges.provides);

  // 1 and 2: one basis, one proxy status and one denominator per share set.
  const sets = new Map<string, Row>();
  for (const r of provides) {
    if (!r.v.share) continue;
    const kind = ISO3.test(r.v.from ?? "") ? "nation" : "firm";
    const key = [r.v.to, r.v.year, kind, r.v.attribution ?? "", r.v.scope ?? "", isProxy(r) ? "proxy" : ""].join("|");
    const label = `the ${isProxy(r) ? "proxy " : ""}share set of "${r.v.to}" by ${kind}${r.v.attribution ? ` (${r.v.attribution})` : ""}${r.v.scope ? ` in ${r.v.scope}'s market` : ""}, ${r.v.year}`;
    const first = sets.get(key);
    if (!first) sets.set(key, r);
    else {
      const at = `${first.file} line ${first.line}`;
      if ((first.v.basis ?? "") !== (r.v.basis ?? ""))
        errors.push({ file: r.file, line: r.line, field: "basis", message: `${label} has one basis ("${first.v.basis}", at ${at}), not "${r.v.basis}": another basis is its own set (another year, or a proxy)` });
      if ((first.v.denominator ?? "") !== (r.v.denominator ?? ""))
        errors.push({ file: r.file, line: r.line, field: "denominator", message: `${label} divides one denominator ("${first.v.denominator ?? "the whole market"}", at ${at}), not "${r.v.denominator || "the whole market"}"` });
    }
    if (!r.v.denominator && (PARTIAL.test(r.v.estimate ?? "") || PARTIAL.test(r.v.note ?? "")))
      errors.push({ file: r.file, line: r.line, field: "denominator", message: `the share is "${PARTIAL.exec(r.v.estimate ?? "")?.[0] ?? PARTIAL.exec(r.v.note ?? "")?.[0]}", not of the whole market: say so in denominator (e.g. "top-10 OSATs' combined revenue") so no remainder is invented` });
  }
  // 3: a locator for every figure.
  const located = (r: Row) => Boolean(r.v.locator) || list(r.v.sources).some((s) => Boolean(sources.get(s)?.v.locator));
  for (const [kind, cols] of Object.entries(FIGURE_COLUMNS)) {
    for (const r of rowsOf(files, DATA_FILES.edges[kind as keyof typeof DATA_FILES.edges])) {
      const col = cols.find((c) => Boolean(r.v[c]));
      if (col && !located(r))
        errors.push({ file: r.file, line: r.line, field: "locator", message: `the figure in "${col}" has no locator: give the page, table, chart or section in the row's locator or in the locator of one of its sources (${r.v.sources})` });
    }
  }

  // 4: market sizes carry their period and the shares' vintage.
  const vintages = new Map<string, Set<string>>();
  for (const r of provides) if (r.v.share) vintages.set(r.v.to!, (vintages.get(r.v.to!) ?? new Set()).add(r.v.year!));
  for (const r of rowsOf(files, DATA_FILES.nodes.input)) {
    if (!r.v.market_usd_b) continue;
    if (!located(r)) errors.push({ file: r.file, line: r.line, field: "locator", message: `the market size has no locator in the row or in one of its sources (${r.v.sources})` });
    if (!r.v.market_year) errors.push({ file: r.file, line: r.line, field: "market_year", message: "a market size needs the year it measures" });
    if (!r.v.market_period) errors.push({ file: r.file, line: r.line, field: "market_period", message: "a market size needs its period (year, or the quarter or half: Q1…Q4, H1, H2)" });
    const v = vintages.get(r.v.id!);
    if (r.v.market_year && v && !v.has(r.v.market_year))
      errors.push({ file: r.file, line: r.line, field: "market_year", message: `the market size is of ${r.v.market_year}, but the shares shown beside it are of ${[...v].sort().join(", ")}: give a market size of a share vintage, or keep it in the note` });
  }

  // 5: controls name their inputs.
  for (const r of rowsOf(files, DATA_FILES.edges.export_control))
    if (list(r.v.inputs).length === 0) errors.push({ file: r.file, line: r.line, field: "inputs", message: "an export control names the inputs it covers (a layer alone claims the whole layer)" });

  return errors;
}
