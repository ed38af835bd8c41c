/**
 * Add capacity: a provider (existing, or a new supplier) gains a share of an input's market, in
 * points of today's global market, at a site. Under the site lens the capacity counts for the
 * site's nation; under the headquarters and controller lenses, for the provider's nation.
 */
import type { EdgeAttributes, NodeAttributes } from "../../model/graph";
import type { SupplyUnit } from "../base";
import { markApplied, nodeExists, nodeKind, skip, withNotes } from "../state";
import type { ShockDescriptor } from "./types";

export const addCapacityShock: ShockDescriptor<"add-capacity"> = {
  type: "add-capacity",
  title: "Add capacity",
  disruptive: false,
  describe: (s, label) =>
    `Add ${s.share !== undefined ? `${s.share} points of ` : ""}${label(s.input)} capacity: ${s.name ?? label(s.provider)}${s.nation ? ` in ${label(s.nation)}` : ""}`,
  apply(state, shock, ctx) {
    const { base } = ctx;
    const { provider, input } = shock;
    const inputAt = base.inputIndex.get(input);
    if (inputAt === undefined) return skip(state, shock, ctx, `no input "${input}" in the dataset`);
    const info = base.inputs[inputAt]!;
    if (shock.nation && !(base.graph.hasNode(shock.nation) && base.graph.getNodeAttribute(shock.nation, "kind") === "nation"))
      return skip(state, shock, ctx, `no nation "${shock.nation}" in the dataset`);
    if (shock.nation && state.removedNodes.has(shock.nation)) return skip(state, shock, ctx, `${base.label(shock.nation)} was removed by an earlier shock`);
    const notes: string[] = [];
    let kind = nodeKind(state, base, provider);
    const addedNodes = [...state.addedNodes];
    const addedEdges = [...state.addedEdges];
    if (state.removedNodes.has(provider)) return skip(state, shock, ctx, `"${provider}" was removed by an earlier shock`);
    if (!kind) {
      // A new supplier: a firm headquartered where its capacity is.
      if (!shock.nation) return skip(state, shock, ctx, `"${provider}" is not in the dataset: a new supplier needs a nation`);
      addedNodes.push({
        id: provider,
        shock: shock.id,
        attributes: { kind: "firm", label: shock.name ?? provider, aliases: [], hq: shock.nation, layer: info.layer, sources: [], note: "Added by a scenario." } as NodeAttributes,
      });
      addedEdges.push({ id: `headquartered_in:${provider}:${shock.nation}`, source: provider, target: shock.nation, shock: shock.id, attributes: { kind: "headquartered_in", sources: [] } as EdgeAttributes });
      kind = "firm";
    } else if (!nodeExists(state, base, provider)) return skip(state, shock, ctx, `"${provider}" is not available`);
    if (kind !== "firm" && kind !== "nation") return skip(state, shock, ctx, `"${provider}" is a ${kind}, not a provider (a firm or nation)`);

    // The nation the capacity counts for under the lens.
    let nation: string;
    if (kind === "nation") {
      nation = provider;
      if (shock.nation && shock.nation !== provider) notes.push(`a nation's capacity counts for itself; "nation" ${shock.nation} ignored`);
    } else {
      const firm = base.index.firms.get(provider);
      const hq = firm?.hq ?? shock.nation!;
      nation = base.lens === "site" ? (shock.nation ?? hq) : base.lens === "controller" ? (firm?.controller ?? hq) : hq;
    }
    if (state.removedNodes.has(nation)) return skip(state, shock, ctx, `the capacity would count for ${base.label(nation)}, removed by an earlier shock`);

    const quantified = info.quantified && shock.share !== undefined;
    if (info.quantified && shock.share === undefined) notes.push(`no share given: a known provider adds nothing to ${info.label}, whose supply is measured by shares`);
    if (!info.quantified && shock.share !== undefined) notes.push(`${info.label} has no published shares: the new capacity counts as one more known provider`);
    const edgeId = `provides:${provider}:${input}:scenario-${shock.id}`;
    const unit: SupplyUnit = {
      key: `${input}|${provider}|${nation}|added:${shock.id}`,
      group: `${input}|added:${shock.id}`,
      input,
      provider,
      providerKind: kind,
      nation,
      share: quantified ? shock.share! : 0,
      quantified,
      confidence: shock.confidence,
      estimate: true,
      edges: [edgeId],
      addedBy: shock.id,
    };
    addedEdges.push({
      id: edgeId,
      source: provider,
      target: input,
      shock: shock.id,
      attributes: {
        kind: "provides",
        share: shock.share,
        basis: shock.share !== undefined ? (info.basis ?? "capacity") : undefined,
        year: base.year ?? info.year ?? new Date().getFullYear(),
        confidence: shock.confidence,
        estimate: "Added by a scenario",
        sources: [],
      } as EdgeAttributes,
    });
    if (shock.nation && kind === "firm" && base.graph.hasNode(provider)) {
      addedEdges.push({
        id: `operates_in:${provider}:${shock.nation}:${input}:scenario-${shock.id}`,
        source: provider,
        target: shock.nation,
        shock: shock.id,
        attributes: { kind: "operates_in", site: "fab", detail: shock.name ?? "added by a scenario", input, year: base.year ?? 2026, sources: [] } as EdgeAttributes,
      });
    }
    return markApplied(
      withNotes({ ...state, units: [...state.units, unit], caps: [...state.caps, 1], addedNodes, addedEdges }, shock, ctx, notes),
      shock,
    );
  },
};
