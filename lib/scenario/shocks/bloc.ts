/**
 * A bloc action: a named group of nations (a bloc of data/nodes/blocs.csv, or a custom set)
 * withholds inputs from everyone else, or is cut off from them by everyone else.
 */
import { markApplied, resolveScope, skip, withNotes } from "../state";
import { scopeText, type ShockDescriptor } from "./types";

export const blocShock: ShockDescriptor<"bloc"> = {
  type: "bloc",
  title: "Bloc action",
  disruptive: true,
  describe: (s, label) => {
    const who = s.bloc ? label(s.bloc) : s.members.join(", ");
    return s.action === "withhold" ? `${who} withholds ${scopeText(s, label)} from others` : `${who} is cut off from ${scopeText(s, label)} by others`;
  },
  apply(state, shock, ctx) {
    const { base } = ctx;
    const notes: string[] = [];
    const members = new Set<string>();
    if (shock.bloc) {
      const ok = base.graph.hasNode(shock.bloc) && base.graph.getNodeAttribute(shock.bloc, "kind") === "bloc";
      if (!ok) {
        if (shock.members.length === 0) return skip(state, shock, ctx, `no bloc "${shock.bloc}" in the dataset`);
        notes.push(`no bloc "${shock.bloc}" in the dataset; its listed members are used`);
      } else for (const m of base.graph.getNodeAttribute(shock.bloc, "members" as never) as unknown as string[]) members.add(m);
    }
    for (const m of shock.members) {
      if (base.nationIndex.has(m)) members.add(m);
      else notes.push(`ignored unknown member "${m}"`);
    }
    for (const m of [...members]) if (state.removedNodes.has(m)) members.delete(m);
    if (members.size === 0) return skip(withNotes(state, shock, ctx, notes), shock, ctx, "the bloc has no member in the dataset");
    const scope = resolveScope(base, shock);
    notes.push(...scope.notes);
    if (scope.inputs && scope.inputs.size === 0) return skip(withNotes(state, shock, ctx, notes), shock, ctx, "names no known input");
    const outsiders = new Set(base.nations.filter((n) => !members.has(n)));
    const control =
      shock.action === "withhold"
        ? { shock: shock.id, fromNations: members, to: "others" as const, inputs: scope.inputs, downstream: shock.reach === "downstream" }
        : { shock: shock.id, fromNations: outsiders, to: members, inputs: scope.inputs, downstream: shock.reach === "downstream" };
    return markApplied(withNotes({ ...state, controls: [...state.controls, control] }, shock, ctx, notes), shock);
  },
};
