"use client";
/**
 * Shocks built from the graph: the actions offered for the selected node (remove, degrade, export
 * control, add capacity, bloc action, cut a relation, add a partnership), each a small form that
 * adds one shock to the draft.
 */
import { useMemo, useState, type ReactNode } from "react";
import type { AtlasGraph } from "@/lib/model/graph";
import { LAYERS, LAYER_INFO, PARTNERSHIP_KINDS, type Layer } from "@/lib/model/vocabulary";
import type { Shock } from "@/lib/scenario/schema";
import { slugify } from "@/lib/util/slug";
import { buttonClass } from "@/components/ui/section";

export const fieldClass = "w-full rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900";
const primaryClass =
  "inline-flex items-center rounded-md bg-sky-700 px-2 py-1 text-xs font-semibold text-white shadow-sm hover:bg-sky-800 disabled:opacity-50 dark:bg-sky-600 dark:hover:bg-sky-500";

export type ShockAction = "remove" | "degrade" | "export-control" | "add-capacity" | "bloc" | "cut-edge" | "add-partnership";

const ACTION_LABEL: Record<ShockAction, string> = {
  remove: "Remove",
  degrade: "Degrade…",
  "export-control": "Export control…",
  "add-capacity": "Add capacity…",
  bloc: "Bloc action…",
  "cut-edge": "Cut a relation…",
  "add-partnership": "Partnership…",
};

/** What can be done to a node of this kind. */
export function actionsFor(kind: string | undefined): ShockAction[] {
  switch (kind) {
    case "nation":
      return ["remove", "degrade", "export-control", "add-capacity", "bloc", "cut-edge", "add-partnership"];
    case "firm":
      return ["remove", "degrade", "export-control", "add-capacity", "cut-edge", "add-partnership"];
    case "input":
      return ["degrade", "add-capacity", "cut-edge"];
    case "bloc":
      return ["bloc", "add-partnership"];
    default:
      return ["bloc"];
  }
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="block text-xs">
      <span className="mb-0.5 block text-slate-500 dark:text-slate-400">{label}</span>
      {children}
    </label>
  );
}

interface Catalog {
  inputs: { id: string; label: string; layer: Layer }[];
  nations: { id: string; label: string }[];
  firms: { id: string; label: string }[];
  blocs: { id: string; label: string; members: string[] }[];
}

export function useCatalog(graph: AtlasGraph): Catalog {
  return useMemo(() => {
    const c: Catalog = { inputs: [], nations: [], firms: [], blocs: [] };
    graph.forEachNode((id, a) => {
      if (a.kind === "input") c.inputs.push({ id, label: a.label, layer: a.layer });
      else if (a.kind === "nation") c.nations.push({ id, label: a.label });
      else if (a.kind === "firm") c.firms.push({ id, label: a.label });
      else c.blocs.push({ id, label: a.label, members: a.members });
    });
    const byLabel = (x: { label: string }, y: { label: string }) => x.label.localeCompare(y.label);
    c.inputs.sort((x, y) => LAYERS.indexOf(x.layer) - LAYERS.indexOf(y.layer) || byLabel(x, y));
    c.nations.sort(byLabel);
    c.firms.sort(byLabel);
    c.blocs.sort(byLabel);
    return c;
  }, [graph]);
}

/** "", "input:<id>" or "layer:<layer>" → the shock's scope. */
function scopeOf(value: string): { inputs: string[]; layers: Layer[] } {
  if (value.startsWith("input:")) return { inputs: [value.slice(6)], layers: [] };
  if (value.startsWith("layer:")) return { inputs: [], layers: [value.slice(6) as Layer] };
  return { inputs: [], layers: [] };
}

function ScopeSelect({ value, onChange, inputs, allLabel, label = "Inputs" }: { value: string; onChange: (v: string) => void; inputs: Catalog["inputs"]; allLabel: string; label?: string }) {
  const layers = LAYERS.filter((l) => inputs.some((i) => i.layer === l));
  return (
    <Field label={label}>
      <select className={fieldClass} value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">{allLabel}</option>
        <optgroup label="A whole layer">
          {layers.map((l) => (
            <option key={l} value={`layer:${l}`}>
              {LAYER_INFO[l].label}
            </option>
          ))}
        </optgroup>
        <optgroup label="One input">
          {inputs.map((i) => (
            <option key={i.id} value={`input:${i.id}`}>
              {i.label}
            </option>
          ))}
        </optgroup>
      </select>
    </Field>
  );
}

export interface ShockFormsProps {
  graph: AtlasGraph;
  selected?: string;
  onAdd: (shock: Shock) => void;
}

/** The action buttons for the selected node and the form of the action chosen. */
export function ShockForms({ graph, selected, onAdd }: ShockFormsProps) {
  const catalog = useCatalog(graph);
  const node = selected && graph.hasNode(selected) ? selected : undefined;
  const kind = node ? graph.getNodeAttribute(node, "kind") : undefined;
  const [open, setOpen] = useState<{ node?: string; action: ShockAction }>();
  const action = open && open.node === node ? open.action : undefined;
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const add = (shock: Shock) => {
    onAdd(shock);
    setOpen(undefined);
  };
  // Inputs a provider provides, for its scope menu.
  const provided = useMemo(() => {
    if (!node || (kind !== "firm" && kind !== "nation")) return catalog.inputs;
    const ids = new Set<string>();
    graph.forEachOutEdge(node, (_e, a, _s, t) => {
      if (a.kind === "provides") ids.add(t);
    });
    if (kind === "nation")
      graph.forEachInEdge(node, (_e, a, s) => {
        if (a.kind === "headquartered_in") graph.forEachOutEdge(s, (_f, b, _x, t) => b.kind === "provides" && ids.add(t));
      });
    const list = catalog.inputs.filter((i) => ids.has(i.id));
    return list.length ? list : catalog.inputs;
  }, [graph, node, kind, catalog.inputs]);

  return (
    <div className="space-y-2" aria-label="Add a shock" role="group">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {node ? (
          <>
            Shock on <strong className="text-slate-800 dark:text-slate-100">{label(node)}</strong>:
          </>
        ) : (
          "Select a node on the network (or right-click it) to act on it, or:"
        )}
      </p>
      <div className="flex flex-wrap gap-1">
        {actionsFor(kind).map((a) => (
          <button
            key={a}
            type="button"
            className={buttonClass}
            aria-expanded={a === "remove" ? undefined : action === a}
            onClick={() => (a === "remove" && node ? add({ type: "remove", node, enabled: true }) : setOpen(action === a ? undefined : { node, action: a }))}
          >
            {ACTION_LABEL[a]}
          </button>
        ))}
      </div>
      {action === "degrade" && <DegradeForm graph={graph} node={node!} kind={kind!} catalog={catalog} provided={provided} onAdd={add} />}
      {action === "export-control" && <ExportControlForm node={node!} kind={kind!} catalog={catalog} provided={provided} onAdd={add} />}
      {action === "add-capacity" && <AddCapacityForm graph={graph} node={node!} kind={kind!} catalog={catalog} onAdd={add} />}
      {action === "bloc" && <BlocForm node={node} kind={kind} catalog={catalog} onAdd={add} />}
      {action === "cut-edge" && <CutForm graph={graph} node={node!} onAdd={add} />}
      {action === "add-partnership" && <PartnershipForm node={node!} catalog={catalog} onAdd={add} />}
    </div>
  );
}

interface FormProps {
  node: string;
  kind: string;
  catalog: Catalog;
  onAdd: (shock: Shock) => void;
}

function FormBox({ title, children, onSubmit, submit = "Add shock" }: { title: string; children: ReactNode; onSubmit: () => void; submit?: string }) {
  return (
    <form
      className="space-y-1.5 rounded-md border border-slate-200 bg-slate-50 p-2 dark:border-slate-700 dark:bg-slate-900/60"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <p className="text-xs font-semibold">{title}</p>
      {children}
      <button type="submit" className={primaryClass}>
        {submit}
      </button>
    </form>
  );
}

function providersOf(graph: AtlasGraph, input: string): string[] {
  const out = new Set<string>();
  graph.forEachInEdge(input, (_e, a, s) => a.kind === "provides" && out.add(s));
  return [...out].sort((x, y) => graph.getNodeAttribute(x, "label").localeCompare(graph.getNodeAttribute(y, "label")));
}

function DegradeForm({ graph, node, kind, provided, onAdd }: FormProps & { graph: AtlasGraph; provided: Catalog["inputs"] }) {
  const onInput = kind === "input";
  const providers = useMemo(() => (onInput ? providersOf(graph, node) : []), [graph, node, onInput]);
  const [provider, setProvider] = useState(providers[0] ?? "");
  const [percent, setPercent] = useState(50);
  const [scope, setScope] = useState("");
  return (
    <FormBox
      title={onInput ? "Degrade a provider of this input" : "Degrade capacity"}
      onSubmit={() =>
        onAdd({
          type: "degrade",
          provider: onInput ? provider : node,
          percent: Math.max(0, Math.min(100, percent)),
          ...(onInput ? { inputs: [node], layers: [] } : scopeOf(scope)),
          enabled: true,
        })
      }
    >
      {onInput && (
        <Field label="Provider">
          <select className={fieldClass} value={provider} onChange={(e) => setProvider(e.target.value)} aria-label="Provider">
            {providers.map((p) => (
              <option key={p} value={p}>
                {graph.getNodeAttribute(p, "label")}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={`Capacity lost: ${percent}%`}>
        <input type="number" min={0} max={100} step={5} className={fieldClass} value={percent} aria-label="Capacity lost (%)" onChange={(e) => setPercent(Number(e.target.value))} />
      </Field>
      {!onInput && <ScopeSelect value={scope} onChange={setScope} inputs={provided} allLabel="Everything it provides" />}
    </FormBox>
  );
}

/** <optgroup>s of nodes for a select, leaving out `except` (the node the shock is about). */
function NodeOptionGroups({ groups, except }: { groups: [string, { id: string; label: string }[]][]; except?: string }) {
  return groups.map(([label, list]) => (
    <optgroup key={label} label={label}>
      {list
        .filter((n) => n.id !== except)
        .map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
    </optgroup>
  ));
}

function ExportControlForm({ node, kind, catalog, provided, onAdd }: FormProps & { provided: Catalog["inputs"] }) {
  const [to, setTo] = useState(kind === "nation" && node !== "CHN" ? "CHN" : "all");
  const [scope, setScope] = useState(provided[0] ? `input:${provided[0].id}` : "");
  const [downstream, setDownstream] = useState(false);
  return (
    <FormBox
      title={kind === "firm" ? "Withdraw from nations" : "Export control"}
      onSubmit={() => onAdd({ type: "export-control", from: node, to: to === "all" ? "all" : [to], ...scopeOf(scope), reach: downstream ? "downstream" : "direct", enabled: true })}
    >
      <Field label="Stops supplying">
        <select className={fieldClass} value={to} onChange={(e) => setTo(e.target.value)} aria-label="Stops supplying">
          <option value="all">Everyone</option>
          <NodeOptionGroups groups={[["A bloc", catalog.blocs], ["A nation", catalog.nations]]} except={node} />
        </select>
      </Field>
      <ScopeSelect value={scope} onChange={setScope} inputs={provided} allLabel="Every input" />
      <label className="flex items-start gap-1.5 text-xs">
        <input type="checkbox" className="mt-0.5" checked={downstream} onChange={(e) => setDownstream(e.target.checked)} />
        <span>Also what is made from it, wherever made (like the US foreign direct product rule)</span>
      </label>
    </FormBox>
  );
}

function AddCapacityForm({ graph, node, kind, catalog, onAdd }: FormProps & { graph: AtlasGraph }) {
  const onInput = kind === "input";
  const hq = kind === "firm" ? String(graph.getNodeAttribute(node, "hq" as never)) : kind === "nation" ? node : (catalog.nations[0]?.id ?? "");
  const [input, setInput] = useState(onInput ? node : (catalog.inputs.find((i) => i.id === "leading-edge-logic")?.id ?? catalog.inputs[0]?.id ?? ""));
  const [provider, setProvider] = useState(onInput ? (catalog.nations[0]?.id ?? "") : node);
  const [share, setShare] = useState(10);
  const [site, setSite] = useState<string>(hq);
  const [newName, setNewName] = useState("");
  const fresh = newName.trim();
  const who = fresh
    ? `new-${slugify(fresh, 40, "supplier")}`
    : onInput
      ? provider
      : node;
  const whoKind = fresh ? "firm" : graph.hasNode(who) ? graph.getNodeAttribute(who, "kind") : "firm";
  return (
    <FormBox
      title="Add capacity"
      onSubmit={() =>
        onAdd({
          type: "add-capacity",
          provider: who,
          ...(fresh ? { name: fresh } : {}),
          input,
          share: Math.max(0, Math.min(100, share)),
          ...(whoKind === "firm" && site ? { nation: site } : {}),
          confidence: "low",
          enabled: true,
        })
      }
    >
      {onInput ? (
        <Field label="Provider">
          <select className={fieldClass} value={provider} onChange={(e) => setProvider(e.target.value)} aria-label="Provider" disabled={!!fresh}>
            <NodeOptionGroups groups={[["A nation", catalog.nations], ["A firm", catalog.firms]]} />
          </select>
        </Field>
      ) : (
        <Field label="Input">
          <select className={fieldClass} value={input} onChange={(e) => setInput(e.target.value)} aria-label="Input">
            {catalog.inputs.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="…or a new supplier (name)">
        <input className={fieldClass} value={newName} maxLength={120} onChange={(e) => setNewName(e.target.value)} aria-label="New supplier name" placeholder="e.g. a new fab" />
      </Field>
      <Field label="Share added (points of today's world market)">
        <input type="number" min={0} max={100} step={1} className={fieldClass} value={share} aria-label="Share added" onChange={(e) => setShare(Number(e.target.value))} />
      </Field>
      {whoKind === "firm" && (
        <Field label={fresh ? "Nation (its headquarters and site)" : "Site (counts there under the site lens)"}>
          <select className={fieldClass} value={site} onChange={(e) => setSite(e.target.value)} aria-label="Site">
            {catalog.nations.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
        </Field>
      )}
    </FormBox>
  );
}

function BlocForm({ node, kind, catalog, onAdd }: { node?: string; kind?: string; catalog: Catalog; onAdd: (s: Shock) => void }) {
  const [bloc, setBloc] = useState(kind === "bloc" && node ? node : kind === "nation" ? "custom" : (catalog.blocs[0]?.id ?? "custom"));
  const [members, setMembers] = useState(kind === "nation" && node ? node : "");
  const [action, setAction] = useState<"withhold" | "cut-off">("withhold");
  const [scope, setScope] = useState("");
  const [downstream, setDownstream] = useState(false);
  const custom = members
    .split(/[\s,;]+/)
    .map((m) => m.trim().toUpperCase())
    .filter((m) => /^[A-Z]{3}$/.test(m));
  return (
    <FormBox
      title="Bloc action"
      onSubmit={() => {
        if (bloc === "custom" && custom.length === 0) return;
        onAdd({
          type: "bloc",
          ...(bloc === "custom" ? {} : { bloc }),
          members: bloc === "custom" ? custom : [],
          action,
          ...scopeOf(scope),
          reach: downstream ? "downstream" : "direct",
          enabled: true,
        });
      }}
    >
      <Field label="Bloc">
        <select className={fieldClass} value={bloc} onChange={(e) => setBloc(e.target.value)} aria-label="Bloc">
          {catalog.blocs.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label} ({b.members.length})
            </option>
          ))}
          <option value="custom">Custom set of nations…</option>
        </select>
      </Field>
      {bloc === "custom" && (
        <Field label="Members (ISO3 codes, e.g. USA, JPN, NLD)">
          <input className={fieldClass} value={members} onChange={(e) => setMembers(e.target.value)} aria-label="Members" />
        </Field>
      )}
      <fieldset className="text-xs">
        <legend className="mb-0.5 text-slate-500 dark:text-slate-400">Action</legend>
        {(["withhold", "cut-off"] as const).map((a) => (
          <label key={a} className="mr-3 inline-flex items-center gap-1">
            <input type="radio" name="bloc-action" checked={action === a} onChange={() => setAction(a)} />
            {a === "withhold" ? "withholds from others" : "is cut off by others"}
          </label>
        ))}
      </fieldset>
      <ScopeSelect value={scope} onChange={setScope} inputs={catalog.inputs} allLabel="Every input" />
      <label className="flex items-start gap-1.5 text-xs">
        <input type="checkbox" className="mt-0.5" checked={downstream} onChange={(e) => setDownstream(e.target.checked)} />
        <span>Also what is made from it (downstream)</span>
      </label>
    </FormBox>
  );
}

function CutForm({ graph, node, onAdd }: { graph: AtlasGraph; node: string; onAdd: (s: Shock) => void }) {
  const edges = useMemo(() => {
    const out: { id: string; text: string }[] = [];
    graph.forEachEdge(node, (e, a, s, t) => {
      if (a.kind === "headquartered_in") return;
      const other = s === node ? t : s;
      const year = "year" in a && a.year ? ` (${a.year})` : "";
      out.push({ id: e, text: `${a.kind.replace(/_/g, " ")} ${s === node ? "→" : "←"} ${graph.getNodeAttribute(other, "label")}${year}` });
    });
    return out.sort((x, y) => x.text.localeCompare(y.text));
  }, [graph, node]);
  const [edge, setEdge] = useState(edges[0]?.id ?? "");
  if (edges.length === 0) return <p className="text-xs text-slate-500">No relation to cut.</p>;
  return (
    <FormBox title="Cut a relation" onSubmit={() => edge && onAdd({ type: "cut-edge", edge, enabled: true })} submit="Cut it">
      <Field label="Relation">
        <select className={fieldClass} value={edge} onChange={(e) => setEdge(e.target.value)} aria-label="Relation">
          {edges.map((e) => (
            <option key={e.id} value={e.id}>
              {e.text}
            </option>
          ))}
        </select>
      </Field>
    </FormBox>
  );
}

function PartnershipForm({ node, catalog, onAdd }: { node: string; catalog: Catalog; onAdd: (s: Shock) => void }) {
  const [to, setTo] = useState(catalog.firms.find((f) => f.id !== node)?.id ?? "");
  const [kind, setKind] = useState<(typeof PARTNERSHIP_KINDS)[number]>("supply_agreement");
  const [detail, setDetail] = useState("");
  return (
    <FormBox title="Add a partnership" onSubmit={() => to && onAdd({ type: "add-partnership", from: node, to, partnership: kind, ...(detail.trim() ? { detail: detail.trim() } : {}), enabled: true })}>
      <Field label="With">
        <select className={fieldClass} value={to} onChange={(e) => setTo(e.target.value)} aria-label="Partner">
          <NodeOptionGroups
            groups={[
              ["A nation", catalog.nations],
              ["A firm", catalog.firms],
              ["A bloc", catalog.blocs],
            ]}
            except={node}
          />
        </select>
      </Field>
      <Field label="Kind">
        <select className={fieldClass} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} aria-label="Kind">
          {PARTNERSHIP_KINDS.map((k) => (
            <option key={k} value={k}>
              {k.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Detail (optional)">
        <input className={fieldClass} value={detail} onChange={(e) => setDetail(e.target.value)} aria-label="Detail" />
      </Field>
    </FormBox>
  );
}
