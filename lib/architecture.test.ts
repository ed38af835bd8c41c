/**
 * The layering of lib/ (README.md, "Architecture"), checked on every import of every file under
 * lib/ as the TypeScript parser reads it (scripts/lib-imports.ts): static, type-only, re-exports,
 * dynamic import(), require() and worker URLs. A new folder, or an import against the direction
 * below, fails here with the file and line that make it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectImports, cycles, folderGraph, importsOf, isTestFile, libFolder, type ImportRef } from "../scripts/lib-imports";

/**
 * What each lib/ folder may import (besides itself and packages). Lower layers first; an arrow only
 * ever points down, so there is no cycle. Tests (`*.test.ts`) may import any folder.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  http: [],
  io: [],
  model: ["io", "util"],
  metrics: ["model", "io", "http", "util"],
  supply: ["model", "util"],
  scenario: ["supply", "metrics", "model", "io", "http", "util"],
  view: ["scenario", "supply", "metrics", "model", "util"],
  export: ["view", "scenario", "supply", "metrics", "model", "io", "util"],
  workers: ["scenario", "metrics", "model", "io", "util"],
  test: ["model", "io", "util"],
};

const ROOT = path.resolve(import.meta.dirname, "..");
const refs = collectImports(ROOT, "lib");
const where = (r: ImportRef) => `${r.from}:${r.line} imports "${r.specifier}"`;

describe("the import analysis", () => {
  it("sees every kind of import, and which are type-only", () => {
    const text = [
      'import a from "./a";',
      'import type { B } from "../b";',
      'import { type C, type D } from "@/lib/c";',
      'import { type E, f } from "./e";',
      'export { g } from "./g";',
      'export type { H } from "./h";',
      'const i = await import("./i");',
      'const j = require("./j");',
      'new Worker(new URL("./k.worker.ts", import.meta.url));',
      'type L = import("./l").L;',
      'import "server-only";',
      '// import fake from "./comment";',
      'const s = "import nope from \\"./string\\"";',
    ].join("\n");
    expect(importsOf(text, "x.ts").map((i) => [i.specifier, i.typeOnly, i.line])).toEqual([
      ["./a", false, 1],
      ["../b", true, 2],
      ["@/lib/c", true, 3],
      ["./e", false, 4],
      ["./g", false, 5],
      ["./h", true, 6],
      ["./i", false, 7],
      ["./j", false, 8],
      ["./k.worker.ts", false, 9],
      ["./l", true, 10],
      ["server-only", false, 11],
    ]);
  });

  it("resolves relative and @/ imports to files, and folds them into folders", () => {
    const own = refs.filter((r) => r.from === "lib/metrics/csv.ts");
    expect(own.map((r) => r.resolved)).toEqual(expect.arrayContaining(["lib/io/csv.ts", "lib/metrics/registry.ts"]));
    expect(libFolder("lib/io/import/csv.ts")).toBe("io");
    expect(libFolder("components/x.tsx")).toBeNull();
  });

  it("finds cycles between folders", () => {
    const g = (edges: [string, string][]) => {
      const m = new Map<string, Map<string, unknown>>();
      for (const [a, b] of edges) {
        if (!m.has(a)) m.set(a, new Map());
        if (!m.has(b)) m.set(b, new Map());
        m.get(a)!.set(b, []);
      }
      return m;
    };
    expect(cycles(g([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]))).toEqual([["a", "b", "c"]]);
    expect(cycles(g([["a", "b"], ["b", "c"], ["a", "c"]]))).toEqual([]);
  });
});

describe("lib/ architecture", () => {
  it("reads a good number of lib/ files (the analysis did not silently find nothing)", () => {
    expect(new Set(refs.map((r) => r.from)).size).toBeGreaterThan(150);
    expect(new Set(refs.map((r) => libFolder(r.from)).filter((f) => f !== null))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  it("imports no React, Next.js, components/ or app/", () => {
    const bad = refs.filter(
      (r) =>
        /^(react|react-dom|next)(\/|$)/.test(r.specifier) ||
        /^@\/(components|app)\//.test(r.specifier) ||
        (r.resolved !== null && !r.resolved.startsWith("lib/") && !r.resolved.startsWith("scripts/")),
    );
    expect(bad.map(where)).toEqual([]);
  });

  it("every lib/ folder is in the documented layering", () => {
    const folders = [...new Set(refs.map((r) => libFolder(r.from)).filter((f) => f !== null))].sort();
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it("imports between lib/ folders only go down the layering", () => {
    const bad: string[] = [];
    for (const [from, edges] of folderGraph(refs)) {
      for (const [to, rs] of edges) if (!(ALLOWED[from] ?? []).includes(to)) bad.push(...rs.map((r) => `${from} → ${to}: ${where(r)}`));
    }
    expect(bad).toEqual([]);
  });

  it("has no cycle between lib/ folders", () => {
    expect(cycles(folderGraph(refs))).toEqual([]);
  });

  it("the layering itself has no cycle", () => {
    const g = new Map(Object.entries(ALLOWED).map(([a, bs]) => [a, new Map(bs.map((b) => [b, []]))]));
    expect(cycles(g)).toEqual([]);
  });

  it("only test files import from scripts/", () => {
    expect(refs.filter((r) => r.resolved?.startsWith("scripts/") && !isTestFile(r.from)).map(where)).toEqual([]);
  });

  it("is the layering README.md documents", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("| folder | may import |"));
    const documented: Record<string, string[]> = {};
    for (const row of table.split("\n").slice(2)) {
      const m = /^\| ([^|]+) \| ([^|]+) \|$/.exec(row.trim());
      if (!m) break;
      const may = m[2]!.startsWith("nothing") ? [] : m[2]!.split(",").map((x) => x.trim());
      for (const folder of m[1]!.split(",").map((x) => x.trim())) documented[folder] = may;
    }
    expect(documented).toEqual(Object.fromEntries(Object.entries(ALLOWED).map(([k, v]) => [k, [...v]])));
  });
});
