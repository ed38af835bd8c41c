/** Degrade a provider's capacity for some inputs (or all it provides) by a percentage. */
import { markApplied, nodeExists, nodeKind, resolveScope, skip, withNotes } from "../state";
import { scopeText, type ShockDescriptor } from "./types";

export const degradeShock: ShockDescriptor<"degrade"> = {
  type: "degrade",
  title: "Degrade capacity",
  disruptive: true,
  describe: (s, label) => `Degrade ${label(s.provider)} by ${s.percent}% (${scopeText(s, label)})`,
  apply(state, shock, ctx) {
    const { base } = ctx;
    const p = shock.provider;
    if (!nodeExists(state, base, p)) return skip(state, shock, ctx, state.removedNodes.has(p) ? `"${p}" was removed by an earlier shock` : `no node "${p}" in the dataset`);
    const kind = nodeKind(state, base, p);
    if (kind !== "firm" && kind !== "nation") return skip(state, shock, ctx, `"${p}" is a ${kind}, not a provider (a firm or nation)`);
    const { inputs, notes } = resolveScope(base, shock);
    if (inputs && inputs.size === 0) return skip(withNotes(state, shock, ctx, notes), shock, ctx, "names no known input");
    const keep = 1 - shock.percent / 100;
    let hit = 0;
    const caps = state.units.map((u, i) => {
      const mine = kind === "firm" ? u.provider === p : u.nation === p || u.provider === p;
      if (!mine || (inputs && !inputs.has(u.input))) return state.caps[i]!;
      hit++;
      return state.caps[i]! * keep;
    });
    if (hit === 0) return skip(withNotes(state, shock, ctx, notes), shock, ctx, `${base.label(p)} provides none of: ${scopeText(shock, base.label)} (under the ${base.lens} lens)`);
    const edgeScale = new Map(state.edgeScale);
    base.graph.forEachOutEdge(p, (e, a, _s, target) => {
      if (a.kind === "provides" && (!inputs || inputs.has(target))) edgeScale.set(e, (edgeScale.get(e) ?? 1) * keep);
    });
    return markApplied(withNotes({ ...state, caps, edgeScale }, shock, ctx, notes), shock);
  },
};
