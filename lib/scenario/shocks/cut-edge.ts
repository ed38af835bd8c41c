/**
 * Cut one edge: a provides row (that supply is lost), an export control of the data (lifted, when
 * the baseline has controls in force), a partnership or supply contract (the network changes; shares
 * do not, since the dataset gives no volume for them).
 */
import { markApplied, skip, withNotes } from "../state";
import type { ShockDescriptor } from "./types";

export const cutEdgeShock: ShockDescriptor<"cut-edge"> = {
  type: "cut-edge",
  title: "Cut a relation",
  disruptive: true,
  describe: (s) => `Cut ${s.edge.split(":").slice(0, 3).join(" ").replace(/_/g, " ")}`,
  apply(state, shock, ctx) {
    const { base } = ctx;
    const e = shock.edge;
    const added = state.addedEdges.find((x) => x.id === e);
    if (added) return markApplied({ ...state, addedEdges: state.addedEdges.filter((x) => x.id !== e) }, shock);
    if (!base.graph.hasEdge(e)) return skip(state, shock, ctx, `no edge "${e}" in the dataset`);
    if (state.cutEdges.has(e)) return skip(state, shock, ctx, `edge "${e}" was already cut by an earlier shock`);
    const [s, t] = base.graph.extremities(e);
    if (state.removedNodes.has(s) || state.removedNodes.has(t)) return skip(state, shock, ctx, `edge "${e}" left with a node removed by an earlier shock`);
    const kind = base.graph.getEdgeAttribute(e, "kind");
    const cutEdges = new Set([...state.cutEdges, e]);
    if (kind === "provides") {
      const caps = state.units.map((u, i) => (u.edges.includes(e) ? 0 : state.caps[i]!));
      const hit = state.units.some((u) => u.edges.includes(e));
      const next = { ...state, caps, cutEdges };
      return markApplied(hit ? next : withNotes(next, shock, ctx, ["this provides row is not in the share set used (another vintage or basis): the network changes, supply does not"]), shock);
    }
    if (kind === "export_control") {
      const lifted = state.controls.filter((c) => c.edge === e).length;
      const next = { ...state, cutEdges, controls: state.controls.filter((c) => c.edge !== e) };
      return markApplied(lifted ? next : withNotes(next, shock, ctx, ["the baseline does not apply controls in force (option “open”): lifting it changes the network only"]), shock);
    }
    // A supply contract (supplies) or requirement is a dependency: cutting it moves the dependency centralities. Sites, partnerships, ownership do not.
    const effect = kind === "supplies" || kind === "requires" ? "this changes the dependency network (centrality), not supply" : "this changes the drawn network, not supply or dependencies (centrality runs over supply dependencies)";
    return markApplied(withNotes({ ...state, cutEdges }, shock, ctx, [`a ${kind.replace(/_/g, " ")} relation carries no volume in the dataset: ${effect}`]), shock);
  },
};
