/**
 * Which format a set of files is: an explicit format wins; otherwise the files' names (an ETO
 * folder is told by its table names, the rest by extension) and their first characters. Strong
 * content signals (`{`/`[` for JSON, `<gexf`, `<graphml`) override a misleading extension with a
 * warning; a weak one (anything else reads as CSV) never does. O(files) plus a look at each
 * file's first few hundred characters.
 */
import type { DecodedFile } from "./decode";
import type { IssueLog } from "./issues";
import type { ImportFormat } from "./types";

/** The table names of an ETO Supply Chain Explorer release (lib/io/eto.ts reads them). */
export const ETO_TABLES = ["inputs.csv", "providers.csv", "provision.csv", "sequence.csv", "stages.csv"] as const;
/** Other files an ETO folder holds, ignored by the import. */
const ETO_EXTRAS = ["readme.md", "eto-readme.md", "technical_notes.md", "license", "license.md", "licence.md"];

export const baseName = (name: string) => name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
const extension = (name: string) => {
  const b = baseName(name).toLowerCase();
  const dot = b.lastIndexOf(".");
  return dot <= 0 ? "" : b.slice(dot + 1);
};

const BY_EXTENSION: Record<string, ImportFormat> = { csv: "csv", tsv: "csv", tab: "csv", json: "json", gexf: "gexf", graphml: "graphml" };

/** The format the first characters say: "json", "gexf", "graphml", "xml" (another XML root) or null (text: read as CSV). */
export function sniffContent(text: string): ImportFormat | "xml" | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const c = text[i];
  if (c === "{" || c === "[") return "json";
  if (c !== "<") return null;
  // Skip the XML declaration, processing instructions, comments and a DOCTYPE to the root's name.
  const head = text.slice(i, i + 4096);
  const root = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>))*\s*<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)/.exec(head);
  const name = root?.[2]?.toLowerCase();
  if (name === "gexf") return "gexf";
  if (name === "graphml") return "graphml";
  return "xml";
}

/** Whether the files are an ETO folder by their names: provision.csv and at least one other ETO table, nothing but ETO files. */
export function looksLikeEto(names: readonly string[]): boolean {
  const bases = names.map((n) => baseName(n).toLowerCase());
  const tables = bases.filter((b) => (ETO_TABLES as readonly string[]).includes(b));
  return bases.includes("provision.csv") && tables.length >= 2 && bases.every((b) => tables.includes(b) || ETO_EXTRAS.includes(b));
}

/** Files an ETO import ignores (README and notes). */
export const isEtoExtra = (name: string) => ETO_EXTRAS.includes(baseName(name).toLowerCase());

/** The format of the files, or null after an error. */
export function detectFormat(files: readonly DecodedFile[], explicit: ImportFormat | undefined, log: IssueLog): ImportFormat | null {
  if (explicit) return explicit;
  if (looksLikeEto(files.map((f) => f.name))) return "eto";
  const formats: ImportFormat[] = [];
  for (const f of files) {
    const ext = extension(f.name);
    const byExt: ImportFormat | undefined = BY_EXTENSION[ext];
    const sniffed = sniffContent(f.text);
    let format: ImportFormat;
    if (sniffed === "xml") {
      if (byExt === "gexf" || byExt === "graphml") format = byExt;
      else {
        log.error({ file: f.name, line: 1, code: "format-unknown", message: "an XML file that is neither GEXF nor GraphML", action: "nothing imported: export the graph as GEXF or GraphML" });
        return null;
      }
    } else if (sniffed && byExt && sniffed !== byExt) {
      log.warning({ file: f.name, code: "format-mismatch", message: `the file is named .${ext} but holds ${sniffed === "json" ? "JSON" : sniffed.toUpperCase()}`, action: `read as ${sniffed === "json" ? "JSON" : sniffed.toUpperCase()}` });
      format = sniffed;
    } else format = byExt ?? sniffed ?? "csv";
    formats.push(format);
  }
  const distinct = [...new Set(formats)];
  if (distinct.length > 1) {
    log.error({
      file: files[formats.indexOf(distinct[1]!)]!.name,
      code: "format-mismatch",
      message: `the files are of different formats (${files.map((f, i) => `${baseName(f.name)}: ${formats[i]}`).join(", ")})`,
      action: "nothing imported: import one graph at a time",
    });
    return null;
  }
  return distinct[0] ?? null;
}
