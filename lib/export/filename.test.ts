import { describe, expect, it } from "vitest";
import { exportFilename, exportViewName, fileSlug, isoDate } from "./filename";

describe("export file names", () => {
  const date = new Date(2026, 0, 5, 23, 59);
  it.each([
    [{ view: "graph" as const }, "png", "atlas-network-2026-01-05.png"],
    [{ view: "table" as const }, "nodes-csv", "atlas-table-2026-01-05.csv"],
    [{ view: "table" as const }, "edges-csv", "atlas-table-2026-01-05.edges.csv"],
    [{ view: "graph" as const, focus: "TWN" }, "pdf", "atlas-focus-twn-2026-01-05.pdf"],
    [{ view: "graph" as const, focus: "euv-scanners" }, "gexf", "atlas-focus-euv-scanners-2026-01-05.gexf"],
    [{ view: "graph" as const, focus: `../../etc/"passwd"<>|:*?` }, "graphml", "atlas-focus-etc-passwd-2026-01-05.graphml"],
  ] as const)("%j as %s → %s", (state, format, name) => {
    expect(exportFilename(state, format, date)).toBe(name);
  });
  it("slugs are ASCII, bounded and never empty", () => {
    expect(fileSlug("Łódź Élan 😀 中国")).toBe("odz-elan");
    expect(fileSlug("😀")).toBe("node");
    expect(fileSlug("a".repeat(100)).length).toBe(48);
    expect(exportViewName({ view: "graph", focus: "=cmd|' /C calc'!A0" })).toBe("focus-cmd-c-calc-a0");
  });
  it("dates are local calendar dates", () => {
    expect(isoDate(new Date(2026, 11, 31, 0, 1))).toBe("2026-12-31");
  });
});
