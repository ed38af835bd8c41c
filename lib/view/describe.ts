/**
 * Words for edges and figures, shared by the details panel, the table and exports. Every figure is
 * given with its basis and year, and estimates say so.
 */
import type { EdgeAttributes, GraphAttributes } from "../model/graph";
import type { Source } from "../model/schema";
import { formatShare } from "./elements";

export function describeEdge(a: EdgeAttributes): string {
  switch (a.kind) {
    case "provides": {
      const parts: string[] = [];
      // A scoped row measures one nation's own market (e.g. where the researchers working in the USA trained), not the world's.
      if (a.share !== undefined)
        parts.push(a.scope ? `${formatShare(a.share)} of ${a.basis ?? "market"} in ${a.scope}'s own market (national figure)` : `${formatShare(a.share)} of global ${a.basis ?? "market"}`);
      if (a.attribution) parts.push(a.attribution === "hq" ? "by firm headquarters" : a.attribution === "site" ? "by site location" : "by controlling owner");
      parts.push(String(a.year));
      if (a.estimate) parts.push(`estimate: ${a.estimate}`);
      return parts.join(", ");
    }
    case "supplies":
      return `${a.input} · since ${a.year}${a.end ? `, until ${a.end}` : ""}`;
    case "operates_in":
      return `${a.site.replace(/_/g, " ")}: ${a.detail}${a.capacity_share !== undefined ? ` (${formatShare(a.capacity_share)} of its output)` : ""} · ${a.year}${a.end ? `–${a.end}` : ""}`;
    case "partners_with":
      return `${a.partnership.replace(/_/g, " ")}${a.year !== undefined ? `, ${a.year}` : ""}${a.end ? `–${a.end}` : ""}: ${a.detail}${a.value_usd_b !== undefined ? ` ($${a.value_usd_b}B)` : ""}${a.estimate ? ` (estimate: ${a.estimate})` : ""}`;
    case "talent_flow":
      return `${formatShare(a.share)} ${a.basis}, ${a.year}${a.estimate ? ` (estimate: ${a.estimate})` : ""}`;
    case "export_control": {
      const scope = [...a.inputs, ...a.layers.map((l) => `${l} layer`)].join(", ");
      return `since ${a.year}${a.end ? `, lifted ${a.end}` : ""}: ${a.detail}${scope ? ` (${scope})` : ""}`;
    }
    case "owns":
      return `${a.stake !== undefined ? `${formatShare(a.stake)} stake` : "stake"}, since ${a.year}${a.end ? `, until ${a.end}` : ""}${a.estimate ? ` (estimate: ${a.estimate})` : ""}`;
    case "requires":
      return a.note ?? "";
    case "headquartered_in":
      return "";
  }
}

export function sourceIndex(attrs: GraphAttributes | undefined): Map<string, Source> {
  return new Map((attrs?.sources ?? []).map((s) => [s.id, s]));
}

export function citation(s: Source): string {
  return `${s.publisher}, "${s.title}" (${s.year})`;
}
