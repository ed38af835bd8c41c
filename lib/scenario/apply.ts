/**
 * Applying a scenario is a fold over its shocks: each enabled shock turns the state into a new
 * state; disabled shocks are passed over. The base graph and the baseline units are never
 * mutated, so the same scenario applied twice gives the same state, and the empty scenario gives
 * the initial state (the baseline) itself.
 */
import { edgesAsOf } from "../model/queries";
import type { SupplyBase } from "./base";
import type { ScenarioOptions } from "./schema";
import { applyShock } from "./shocks";
import { initialState, type Control, type ShockState, type ShockWithId } from "./state";

export function applyScenario(base: SupplyBase, shocks: readonly ShockWithId[], from: ShockState = initialState(base)): ShockState {
  return shocks.reduce((state, shock, index) => (shock.enabled ? applyShock(state, shock, { base, index }) : state), from);
}

/**
 * The export controls of the dataset in force in the base's year, as controls (blocs expanded to
 * their members). Each keeps its edge id, so a scenario can lift it by cutting that edge. Controls
 * of the United States reach downstream (its rules carry foreign direct product rules, see
 * bis-2022-21658 and bis-2024-28270); all others are direct.
 */
export function controlsInForce(base: SupplyBase): Control[] {
  const { graph } = base;
  const members = (id: string): string[] => {
    if (!graph.hasNode(id)) return [];
    const a = graph.getNodeAttributes(id);
    return a.kind === "bloc" ? a.members : a.kind === "nation" ? [id] : [];
  };
  const out: Control[] = [];
  for (const e of [...edgesAsOf(graph, base.year)].sort()) {
    const a = graph.getEdgeAttributes(e);
    if (a.kind !== "export_control") continue;
    const inputs = new Set(a.inputs.filter((i) => base.inputIndex.has(i)));
    for (const l of a.layers) for (const x of base.inputs) if (x.layer === l) inputs.add(x.input);
    const to = new Set(members(graph.target(e)));
    for (const from of members(graph.source(e))) {
      to.delete(from);
      out.push({ shock: `control:${e}`, fromNations: new Set([from]), to, inputs: inputs.size > 0 ? inputs : null, edge: e, downstream: from === "USA" });
    }
  }
  return out;
}

/** The state the baseline of a scenario starts from: open trade, or the controls in force. */
export function baselineState(base: SupplyBase, options: Pick<ScenarioOptions, "baseline">): ShockState {
  const s = initialState(base);
  return options.baseline === "controls-in-force" ? { ...s, controls: controlsInForce(base) } : s;
}
