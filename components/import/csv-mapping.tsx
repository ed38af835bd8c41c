"use client";
/**
 * The CSV column-mapping step: for each file, whether it holds nodes or edges, which column is the
 * source, target, weight, kind and label (or id, label, kind for nodes), a preview of its first
 * rows with each mapped column named, and whether the edges are directed.
 */
import { useId } from "react";
import type { CsvEdgeColumns, CsvMapping, CsvNodeColumns, CsvPreview } from "@/lib/io/import/types";

export interface MappingDraft {
  directed: boolean;
  /** The edges file's name, and the nodes file's when there are two. */
  edgesFile: string;
  nodesFile?: string;
  edges: CsvEdgeColumns;
  nodes?: CsvNodeColumns;
}

const EDGE_FIELDS: { key: keyof CsvEdgeColumns; name: string; required?: boolean }[] = [
  { key: "source", name: "Source", required: true },
  { key: "target", name: "Target", required: true },
  { key: "weight", name: "Weight" },
  { key: "kind", name: "Kind" },
  { key: "label", name: "Label" },
];
const NODE_FIELDS: { key: keyof CsvNodeColumns; name: string; required?: boolean }[] = [
  { key: "id", name: "Id", required: true },
  { key: "label", name: "Label" },
  { key: "kind", name: "Kind" },
];

const PREVIEW_ROWS = 5;

function edgeGuess(p: CsvPreview): CsvEdgeColumns {
  const g = p.mapping.edges;
  return { source: g?.source ?? p.header[0] ?? "", target: g?.target ?? p.header[1] ?? p.header[0] ?? "", weight: g?.weight, kind: g?.kind, label: g?.label, id: g?.id, type: g?.type };
}
function nodeGuess(p: CsvPreview): CsvNodeColumns {
  const g = p.mapping.nodes;
  return { id: g?.id ?? p.header[0] ?? "", label: g?.label, kind: g?.kind };
}

/** The first mapping: the previews' guesses (a nodes file and an edges file, or one edge list). */
export function initialDraft(previews: CsvPreview[]): MappingDraft {
  const edges = previews.find((p) => p.role === "edges") ?? previews[previews.length - 1]!;
  const nodes = previews.find((p) => p !== edges);
  const directed = edges.mapping.directed ?? true;
  return { directed, edgesFile: edges.file, nodesFile: nodes?.file, edges: edgeGuess(edges), nodes: nodes ? nodeGuess(nodes) : undefined };
}

export function draftToMapping(d: MappingDraft): CsvMapping {
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as T;
  return { directed: d.directed, edges: { ...clean(d.edges), file: d.edgesFile }, nodes: d.nodesFile && d.nodes ? { ...clean(d.nodes), file: d.nodesFile } : undefined };
}

function ColumnSelect({ label, header, value, required, onChange }: { label: string; header: string[]; value?: string; required?: boolean; onChange(v: string | undefined): void }) {
  const id = useId();
  return (
    <label htmlFor={id} className="flex flex-col gap-0.5 text-xs">
      <span className="font-medium">{label}</span>
      <select id={id} className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900" value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        {!required && <option value="">— none —</option>}
        {header.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
}

function Preview({ p, roles }: { p: CsvPreview; roles: Map<string, string> }) {
  return (
    <div className="overflow-auto rounded border border-slate-200 dark:border-slate-700">
      <table className="text-xs" aria-label={`Preview of ${p.file}`}>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            {p.header.map((h) => (
              <th key={h} className="whitespace-nowrap px-2 py-1 text-left">
                {h}{" "}
                {roles.has(h) && <span className="ml-1 rounded bg-sky-100 px-1 font-normal text-sky-900 dark:bg-sky-900 dark:text-sky-100">{roles.get(h)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.slice(0, PREVIEW_ROWS).map((r, i) => (
            <tr key={i} className="border-t border-slate-200 dark:border-slate-700">
              {r.map((c, j) => (
                <td key={j} className="max-w-48 truncate whitespace-nowrap px-2 py-0.5" title={c}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CsvMappingStep({ previews, draft, onChange }: { previews: CsvPreview[]; draft: MappingDraft; onChange(d: MappingDraft): void }) {
  const setRole = (file: string, role: "edges" | "nodes") => {
    if (previews.length === 1) return;
    const other = previews.find((p) => p.file !== file)!;
    const edges = role === "edges" ? previews.find((p) => p.file === file)! : other;
    const nodes = edges === other ? previews.find((p) => p.file === file)! : other;
    onChange({ ...draft, edgesFile: edges.file, nodesFile: nodes.file, edges: edgeGuess(edges), nodes: nodeGuess(nodes) });
  };
  return (
    <div className="flex flex-col gap-3">
      {previews.map((p) => {
        const isEdges = p.file === draft.edgesFile;
        const roles = new Map<string, string>();
        if (isEdges) for (const f of EDGE_FIELDS) { const c = draft.edges[f.key]; if (c) roles.set(c, f.name.toLowerCase()); }
        else if (draft.nodes) for (const f of NODE_FIELDS) { const c = draft.nodes[f.key]; if (c) roles.set(c, f.name.toLowerCase()); }
        return (
          <section key={p.file} aria-label={`Columns of ${p.file}`} className="flex flex-col gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
            <div className="flex flex-wrap items-center gap-2 text-xs">
              <span className="font-semibold">{p.file}</span>
              <span className="text-slate-500">
                {p.rowCount.toLocaleString("en-US")} rows · separated by {p.delimiter === "\t" ? "tabs" : `“${p.delimiter}”`}
                {p.decimalComma ? " · decimal comma" : ""} · {p.encoding}
              </span>
              {previews.length > 1 && (
                <label className="ml-auto flex items-center gap-1">
                  holds
                  <select aria-label={`${p.file} holds`} className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900" value={isEdges ? "edges" : "nodes"} onChange={(e) => setRole(p.file, e.target.value as "edges" | "nodes")}>
                    <option value="edges">edges</option>
                    <option value="nodes">nodes</option>
                  </select>
                </label>
              )}
            </div>
            <div className="flex flex-wrap gap-2">
              {isEdges
                ? EDGE_FIELDS.map((f) => (
                    <ColumnSelect key={f.key} label={f.name} header={p.header} value={draft.edges[f.key]} required={f.required} onChange={(v) => onChange({ ...draft, edges: { ...draft.edges, [f.key]: v ?? (f.required ? "" : undefined) } })} />
                  ))
                : NODE_FIELDS.map((f) => (
                    <ColumnSelect key={f.key} label={f.name} header={p.header} value={draft.nodes?.[f.key]} required={f.required} onChange={(v) => onChange({ ...draft, nodes: { ...(draft.nodes ?? { id: "" }), [f.key]: v ?? (f.required ? "" : undefined) } })} />
                  ))}
            </div>
            <Preview p={p} roles={roles} />
          </section>
        );
      })}
      <fieldset className="flex items-center gap-3 text-xs">
        <legend className="sr-only">Direction</legend>
        <span className="font-medium">Edges are</span>
        <label className="flex items-center gap-1">
          <input type="radio" name="csv-directed" checked={draft.directed} onChange={() => onChange({ ...draft, directed: true })} /> directed (source → target)
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="csv-directed" checked={!draft.directed} onChange={() => onChange({ ...draft, directed: false })} /> undirected
        </label>
      </fieldset>
    </div>
  );
}
