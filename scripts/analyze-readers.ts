/**
 * The input formats of `npm run analyze`: each reader turns one or more files into a graphology
 * graph or a message saying what is wrong and where (file, then JSON path / line / field).
 * Adding a format = one reader here (name, extensions, read).
 */
import { readFileSync } from "node:fs";
import { parseGraphologyJsonText } from "../lib/io/graphology-json";
import type { AnyGraph } from "../lib/metrics/types";

export type ReadResult = { ok: true; graph: AnyGraph } | { ok: false; message: string };

export interface InputReader {
  /** The `--from` value. */
  name: string;
  /** File extensions (lower case, with the dot) this reader is picked for by default. */
  extensions: string[];
  read(files: string[]): ReadResult;
}

function readText(file: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(file, "utf8") };
  } catch (e) {
    return { ok: false, message: `cannot read ${file}: ${(e as Error).message}` };
  }
}

const graphologyJson: InputReader = {
  name: "json",
  extensions: [".json"],
  read(files) {
    if (files.length !== 1) return { ok: false, message: `--from json reads one file (got ${files.length})` };
    const file = files[0]!;
    const text = readText(file);
    if (!text.ok) return text;
    const parsed = parseGraphologyJsonText(text.text);
    if (!parsed.ok) return { ok: false, message: `${file}: ${parsed.error.path ? `${parsed.error.path}: ` : ""}${parsed.error.message}` };
    return { ok: true, graph: parsed.graph };
  },
};

export const READERS: InputReader[] = [graphologyJson];

/** The reader named by `--from`, else the one matching the first file's extension, else JSON. */
export function readerFor(files: string[], from?: string): { ok: true; reader: InputReader } | { ok: false; message: string } {
  if (from !== undefined) {
    const reader = READERS.find((r) => r.name === from);
    return reader ? { ok: true, reader } : { ok: false, message: `unknown input format "${from}" (${READERS.map((r) => r.name).join(", ")})` };
  }
  const file = files[0]!.toLowerCase();
  return { ok: true, reader: READERS.find((r) => r.extensions.some((x) => file.endsWith(x))) ?? graphologyJson };
}
