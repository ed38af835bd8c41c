/**
 * The import graph of lib/: every import, re-export, dynamic import(), require() and worker URL
 * (`new URL("./x.worker.ts", import.meta.url)`) of every .ts file under lib/, read with the
 * TypeScript parser, resolved to a file (relative paths and the `@/` alias), and folded into a
 * graph of lib/ folders (lib/io/import counts as io). Used by lib/architecture.test.ts, and
 * printable: `npx tsx scripts/lib-imports.ts` lists the folder edges, each with the files that
 * make it, and any cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ImportRef {
  /** The importing file, relative to the repository root with `/` separators. */
  from: string;
  /** The module specifier as written. */
  specifier: string;
  /** The file it resolves to (relative to the root), or null for a package. */
  resolved: string | null;
  /** `import type` / `export type` (erased at build time). */
  typeOnly: boolean;
  line: number;
}

const EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs", ".json"];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "node_modules" && name !== "__fixtures__") out.push(...walk(p));
    } else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function resolveFile(root: string, fromFile: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(path.join(root, fromFile)), specifier);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, "index" + e))];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return path.relative(root, c).split(path.sep).join("/");
  // Unresolvable (a typo tsc will report): keep the intended path so the folder is still known.
  return path.relative(root, base).split(path.sep).join("/");
}

/** Every import of one source text. */
export function importsOf(text: string, fileName: string): { specifier: string; typeOnly: boolean; line: number }[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { specifier: string; typeOnly: boolean; line: number }[] = [];
  const add = (lit: ts.Node, typeOnly: boolean) => {
    if (ts.isStringLiteralLike(lit)) out.push({ specifier: lit.text, typeOnly, line: sf.getLineAndCharacterOfPosition(lit.getStart(sf)).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const allTypes = !!clause && !clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier, !!clause && (clause.isTypeOnly || allTypes));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if ((isImport || isRequire) && arg) add(arg, false);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "URL") {
      const [arg, base] = node.arguments ?? [];
      if (arg && base && base.getText(sf) === "import.meta.url") add(arg, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every import of every source file under `<root>/<dir>`. */
export function collectImports(root: string, dir = "lib"): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const abs of walk(path.join(root, dir))) {
    const from = path.relative(root, abs).split(path.sep).join("/");
    for (const i of importsOf(readFileSync(abs, "utf8"), abs)) refs.push({ from, ...i, resolved: resolveFile(root, from, i.specifier) });
  }
  return refs;
}

/** The lib/ folder a file belongs to (`lib/io/import/csv.ts` → `io`), or null outside lib/. */
export function libFolder(file: string): string | null {
  const m = /^lib\/([^/]+)\//.exec(file);
  return m ? m[1]! : null;
}

export const isTestFile = (file: string) => /\.test\.tsx?$/.test(file);

/** Folder → folders it imports, with the imports that make each edge. */
export function folderGraph(refs: ImportRef[], opts: { includeTests?: boolean } = {}): Map<string, Map<string, ImportRef[]>> {
  const g = new Map<string, Map<string, ImportRef[]>>();
  for (const r of refs) {
    if (!opts.includeTests && isTestFile(r.from)) continue;
    const a = libFolder(r.from);
    const b = r.resolved ? libFolder(r.resolved) : null;
    if (!a) continue;
    if (!g.has(a)) g.set(a, new Map());
    if (!b || a === b) continue;
    const edges = g.get(a)!;
    if (!edges.has(b)) edges.set(b, []);
    edges.get(b)!.push(r);
  }
  return g;
}

/** The strongly connected components with more than one folder (Tarjan), each sorted. */
export function cycles(g: Map<string, Map<string, unknown>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of [...g.keys()].sort()) if (!idx.has(v)) strong(v);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  const root = path.resolve(import.meta.dirname, "..");
  const includeTests = process.argv.includes("--tests");
  const g = folderGraph(collectImports(root), { includeTests });
  for (const [a, edges] of [...g].sort(([x], [y]) => x.localeCompare(y))) {
    for (const [b, refs] of [...edges].sort(([x], [y]) => x.localeCompare(y))) {
      const files = [...new Set(refs.map((r) => `${r.from} → ${r.resolved}${r.typeOnly ? " (type)" : ""}`))];
      console.log(`${a} → ${b}  (${refs.length})`);
      for (const f of files) console.log(`    ${f}`);
    }
  }
  const cyc = cycles(g);
  console.log(cyc.length ? `\ncycles: ${cyc.map((c) => c.join(" ↔ ")).join("; ")}` : "\nno cycle between lib/ folders");
  process.exitCode = cyc.length ? 1 : 0;
}
