import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { buildSearchIndex, searchNodes } from "./search";

const index = buildSearchIndex(miniGraph());
const ids = (q: string) => searchNodes(index, q).map((h) => h.id);

describe("searchNodes", () => {
  it("ranks exact and prefix name matches first", () => {
    expect(ids("tsmc")[0]).toBe("tsmc");
    expect(ids("sam")[0]).toBe("samsung");
  });
  it("matches aliases and ids, case- and accent-insensitively, and says which alias matched", () => {
    expect(ids("holland")).toEqual(["NLD"]);
    expect(searchNodes(index, "HOLLAND")[0]!.via).toBe("holland");
    expect(ids("extreme ultraviolet")).toEqual(["euv-scanners"]);
    expect(ids("Tàiwan")[0]).toBe("TWN");
  });
  it("matches word prefixes inside names", () => {
    expect(ids("memory")).toContain("hbm");
    expect(ids("logic")).toContain("leading-edge-logic");
  });
  it("returns nothing for an empty or unmatched query", () => {
    expect(ids("  ")).toEqual([]);
    expect(ids("zzzz")).toEqual([]);
  });
});
