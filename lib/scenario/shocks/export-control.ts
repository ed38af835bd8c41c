/**
 * Export control: a nation (or a single firm, withdrawing) stops supplying some nations — or
 * everyone — with some inputs. Supply attributed to the controlling nation under the lens becomes
 * inaccessible to the targets; a nation's own supply always stays accessible to itself.
 */
import { markApplied, nodeExists, nodeKind, resolveScope, skip, withNotes, type Control } from "../state";
import { scopeText, type ShockDescriptor } from "./types";

export const exportControlShock: ShockDescriptor<"export-control"> = {
  type: "export-control",
  title: "Export control",
  disruptive: true,
  describe: (s, label) =>
    `${label(s.from)} stops supplying ${s.to === "all" ? "everyone" : s.to.map(label).join(", ")} (${scopeText(s, label)}${s.reach === "downstream" ? ", and what is made from it" : ""})`,
  apply(state, shock, ctx) {
    const { base } = ctx;
    const from = shock.from;
    if (!nodeExists(state, base, from)) return skip(state, shock, ctx, state.removedNodes.has(from) ? `"${from}" was removed by an earlier shock` : `no node "${from}" in the dataset`);
    const kind = nodeKind(state, base, from);
    if (kind !== "nation" && kind !== "firm") return skip(state, shock, ctx, `"${from}" is a ${kind}; a control comes from a nation or a firm (use a bloc action for a bloc)`);
    const notes: string[] = [];
    let to: Set<string> | "others" = "others";
    if (shock.to !== "all") {
      to = new Set<string>();
      for (const t of shock.to) {
        const k = base.graph.hasNode(t) ? base.graph.getNodeAttribute(t, "kind") : undefined;
        if (k === "nation") to.add(t);
        else if (k === "bloc") for (const m of base.graph.getNodeAttribute(t, "members" as never) as unknown as string[]) to.add(m);
        else notes.push(k ? `ignored target "${t}" (a ${k}, not a nation or bloc)` : `ignored unknown target "${t}"`);
      }
      to.delete(from);
      if (to.size === 0) return skip(withNotes(state, shock, ctx, notes), shock, ctx, "names no known target nation");
    }
    const scope = resolveScope(base, shock);
    notes.push(...scope.notes);
    if (scope.inputs && scope.inputs.size === 0) return skip(withNotes(state, shock, ctx, notes), shock, ctx, "names no known input");
    // Inputs in scope the controlling side does not supply at all: say so (the control does nothing there).
    const supplied = new Set(state.units.filter((u) => (kind === "firm" ? u.provider === from : u.nation === from)).map((u) => u.input));
    const idle = scope.inputs ? [...scope.inputs].filter((i) => !supplied.has(i)) : [];
    if (scope.inputs && idle.length === scope.inputs.size)
      return skip(withNotes(state, shock, ctx, notes), shock, ctx, `${base.label(from)} supplies none of: ${[...scope.inputs].map(base.label).join(", ")} (under the ${base.lens} lens)`);
    if (idle.length > 0) notes.push(`${base.label(from)} supplies none of: ${idle.map(base.label).join(", ")} (under the ${base.lens} lens), so the control has no effect there`);
    const control: Control = {
      shock: shock.id,
      ...(kind === "firm" ? { fromFirm: from } : { fromNations: new Set([from]) }),
      to,
      inputs: scope.inputs,
      downstream: shock.reach === "downstream",
    };
    return markApplied(withNotes({ ...state, controls: [...state.controls, control] }, shock, ctx, notes), shock);
  },
};
