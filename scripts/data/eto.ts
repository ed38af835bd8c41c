/**
 * `npm run data:eto -- <folder> [--dry-run | --check]`: refresh the Atlas's rows derived from the ETO Supply
 * Chain Explorer from a folder of ETO CSVs (inputs, providers, provision, sequence, stages).
 *
 * Reads the reviewed mapping data/eto/mapping.csv and rewrites, between their BEGIN/END markers,
 * the generated files (hand-curated rows elsewhere are left untouched):
 *   data/edges/provides-eto.csv  firm and nation-by-HQ shares of the mapped inputs, TechInsights vintages
 *   data/nodes/inputs-eto.csv    the ETO inputs new to the Atlas, with ETO's market size
 *   data/nodes/firms-eto.csv     ETO providers new to the Atlas (mapping rows with a label)
 *   data/edges/requires-eto.csv  requires rows placed by ETO's sequence (goes_into → requires)
 * and prints the change report (also written to data/eto/change-report.md). ETO's own files are
 * never copied into the repository (CC BY-NC 4.0): only derived rows, each citing its locator.
 * `--check` writes nothing and exits 1 when a generated file differs from what the folder gives
 * (so every ETO-derived row is shown to equal the release it names).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsvTable } from "../../lib/io/csv";
import {
  EtoError,
  FIRMS_HEADER,
  INPUTS_HEADER,
  PROVIDES_HEADER,
  REQUIRES_HEADER,
  changeReport,
  deriveRows,
  formatReport,
  parseMapping,
  readRelease,
  renderFirms,
  renderInputs,
  renderProvides,
  renderRequires,
  withGenerated,
  type AtlasIds,
  type PreviousShare,
} from "./eto-lib";

const GENERATED = {
  provides: "edges/provides-eto.csv",
  inputs: "nodes/inputs-eto.csv",
  firms: "nodes/firms-eto.csv",
  requires: "edges/requires-eto.csv",
} as const;
const REGEN = "Regenerate with: npm run data:eto -- <folder of ETO CSVs> (scripts/data/eto.ts; mapping in data/eto/mapping.csv). Do not edit between the markers.";

function rows(file: string): Record<string, string>[] {
  if (!existsSync(file)) return [];
  return parseCsvTable(readFileSync(file, "utf8")).rows.map((r) => r.values);
}
function partFiles(dataDir: string, sub: string, stem: string): string[] {
  const d = path.join(dataDir, sub);
  return readdirSync(d)
    .filter((f) => f === `${stem}.csv` || (f.startsWith(`${stem}-`) && f.endsWith(".csv")))
    .map((f) => `${sub}/${f}`);
}

export function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith("--"));
  const dry = argv.includes("--dry-run");
  const check = argv.includes("--check");
  const dataDir = path.resolve(argv.find((a) => a.startsWith("--data="))?.slice(7) ?? "data");
  if (args.length !== 1) {
    console.error("usage: npm run data:eto -- <folder of ETO CSVs> [--dry-run | --check] [--data=<data dir>]");
    return 2;
  }
  const folder = path.resolve(args[0]!);
  const files: Record<string, string | undefined> = {};
  for (const f of ["inputs.csv", "providers.csv", "provision.csv", "sequence.csv", "stages.csv"]) {
    const p = path.join(folder, f);
    files[f] = existsSync(p) ? readFileSync(p, "utf8") : undefined;
  }
  const generated = new Set<string>(Object.values(GENERATED));
  const ids = (sub: string, stem: string) => new Set(partFiles(dataDir, sub, stem).filter((f) => !generated.has(f)).flatMap((f) => rows(path.join(dataDir, f)).map((r) => r.id!.trim())));
  const atlas: AtlasIds = {
    nations: ids("nodes", "nations"),
    firms: ids("nodes", "firms"),
    inputs: ids("nodes", "inputs"),
    requires: new Set(
      partFiles(dataDir, "edges", "requires")
        .filter((f) => !generated.has(f))
        .flatMap((f) => rows(path.join(dataDir, f)).map((r) => `${r.from!.trim()}|${r.to!.trim()}`)),
    ),
  };
  atlas.provides = new Set(
    partFiles(dataDir, "edges", "provides")
      .filter((f) => !generated.has(f))
      .flatMap((f) => rows(path.join(dataDir, f)).map((r) => `${r.from!.trim()}|${r.to!.trim()}`)),
  );
  const previous: PreviousShare[] = partFiles(dataDir, "edges", "provides")
    .filter((f) => f !== GENERATED.provides)
    .flatMap((f) => rows(path.join(dataDir, f)))
    .filter((r) => /(^|;)eto-techinsights-\d{4}($|;)/.test(r.sources ?? "") && (r.share ?? "").trim() !== "")
    .map((r) => ({ from: r.from!.trim(), to: r.to!.trim(), share: Number(r.share), year: Number(r.year), attribution: (r.attribution ?? "").trim() }));

  try {
    const release = readRelease(files);
    const mappingFile = path.join(dataDir, "eto/mapping.csv");
    const mapping = parseMapping(readFileSync(mappingFile, "utf8"));
    const d = deriveRows(release, mapping, atlas);
    const latest = Math.max(...d.provides.map((r) => r.year));
    const report = changeReport(d.provides, previous, latest);
    const text = formatReport(report, d, { folder: path.basename(folder), layout: `${release.shareLayout}${release.yearInferred ? ", year inferred" : ""}` });
    if (!check) console.log(text);
    if (dry) return 0;
    const stale: string[] = [];
    const write = (rel: string, header: string, preamble: string[], body: string[]) => {
      const p = path.join(dataDir, rel);
      const before = existsSync(p) ? readFileSync(p, "utf8") : undefined;
      const after = withGenerated(before, header, preamble, body);
      if (check) {
        if (before !== after) stale.push(rel);
      } else writeFileSync(p, after);
    };
    const credit = "Derived from the ETO Supply Chain Explorer (Emerging Technology Observatory, CSET, Georgetown University), CC BY-NC 4.0.";
    write(GENERATED.provides, PROVIDES_HEADER, [`${credit} Tool market shares by firm and by nation of firm headquarters.`, REGEN], renderProvides(d.provides));
    write(GENERATED.inputs, INPUTS_HEADER, [`${credit} ETO inputs new to the Atlas; market size as ETO states it.`, REGEN], renderInputs(d.inputs));
    write(GENERATED.firms, FIRMS_HEADER, [`${credit} ETO providers new to the Atlas.`, REGEN], renderFirms(d.firms));
    write(GENERATED.requires, REQUIRES_HEADER, [`${credit} Placed by ETO's sequence: what an input goes into requires it.`, REGEN], renderRequires(d.requires));
    if (check) {
      if (stale.length) console.error(`error: ${stale.join(", ")} differ from ${folder}: run npm run data:eto -- ${args[0]}`);
      else console.error(`ok: the generated ETO files equal what ${folder} gives`);
      return stale.length ? 1 : 0;
    }
    writeFileSync(path.join(dataDir, "eto/change-report.md"), text);
    console.error(`wrote ${Object.values(GENERATED).join(", ")} and eto/change-report.md in ${dataDir}`);
    return 0;
  } catch (e) {
    if (e instanceof EtoError) {
      console.error(`error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

// Run as a script (npm run data:eto), not when a test imports main.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
