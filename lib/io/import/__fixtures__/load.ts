/** Read an import fixture as an ImportFile (tests only). */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ImportFile } from "../types";

export const FIXTURES = __dirname;

export function fixture(name: string, as = name): ImportFile {
  return { name: as, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) };
}

export const textFile = (name: string, text: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });
