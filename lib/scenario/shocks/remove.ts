/** Remove a firm or a nation with everything it provides; it also leaves the network. */
import { markApplied, nodeExists, nodeKind, skip } from "../state";
import type { ShockDescriptor } from "./types";

export const removeShock: ShockDescriptor<"remove"> = {
  type: "remove",
  title: "Remove a firm or nation",
  disruptive: true,
  describe: (s, label) => `Remove ${label(s.node)}`,
  apply(state, shock, ctx) {
    const { base } = ctx;
    const id = shock.node;
    if (!nodeExists(state, base, id))
      return skip(state, shock, ctx, state.removedNodes.has(id) ? `"${id}" was already removed by an earlier shock` : `no node "${id}" in the dataset`);
    const kind = nodeKind(state, base, id);
    if (kind !== "firm" && kind !== "nation")
      return skip(state, shock, ctx, `"${id}" is ${kind === "input" ? "an input" : `a ${kind}`}: only firms and nations can be removed`);
    // A firm: its own supply. A nation: everything attributed to it under the lens (its firms by HQ, its sites by site, …).
    const caps = state.units.map((u, i) => (kind === "firm" ? u.provider === id : u.nation === id || u.provider === id) ? 0 : state.caps[i]!);
    return markApplied({ ...state, caps, removedNodes: new Set([...state.removedNodes, id]) }, shock);
  },
};
