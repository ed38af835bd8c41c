/** Add a partnership between two firms, nations or blocs: the drawn network changes; supply and the dependency centralities do not (a partnership is no dependency). */
import type { EdgeAttributes } from "../../model/graph";
import { markApplied, nodeExists, nodeKind, skip } from "../state";
import type { ShockDescriptor } from "./types";

export const addPartnershipShock: ShockDescriptor<"add-partnership"> = {
  type: "add-partnership",
  title: "Add a partnership",
  disruptive: false,
  describe: (s, label) => `Partnership ${label(s.from)} – ${label(s.to)} (${s.partnership.replace(/_/g, " ")})`,
  apply(state, shock, ctx) {
    const { base } = ctx;
    for (const end of [shock.from, shock.to]) {
      if (!nodeExists(state, base, end)) return skip(state, shock, ctx, state.removedNodes.has(end) ? `"${end}" was removed by an earlier shock` : `no node "${end}" in the dataset`);
      const k = nodeKind(state, base, end);
      if (k === "input") return skip(state, shock, ctx, `"${end}" is an input; partners are firms, nations or blocs`);
    }
    if (shock.from === shock.to) return skip(state, shock, ctx, "a partnership needs two different ends");
    const id = `partners_with:${shock.from}:${shock.to}:scenario-${shock.id}`;
    const attributes = {
      kind: "partners_with",
      partnership: shock.partnership,
      detail: shock.detail ?? shock.label ?? "added by a scenario",
      year: base.year ?? 2026,
      sources: [],
    } as EdgeAttributes;
    return markApplied({ ...state, addedEdges: [...state.addedEdges, { id, source: shock.from, target: shock.to, attributes, shock: shock.id }] }, shock);
  },
};
