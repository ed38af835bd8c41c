import { describe, expect, it } from "vitest";
import { getCuratedGraph } from "../model/curated";
import { describeEdge } from "./describe";

const g = getCuratedGraph();
const edge = (id: string) => describeEdge(g.getEdgeAttributes(id));

describe("describeEdge", () => {
  it("says a scoped share is a nation's own figure and a world share is global", () => {
    expect(edge("provides:CHN:ai-researcher-education:2019@USA")).toBe("27% of researchers in USA's own market (national figure), by site location, 2019");
    expect(edge("provides:CHN:ai-researcher-education:2019")).toBe("29% of global researchers, by site location, 2019");
  });

  it("gives each talent flow its own set's basis and sample year", () => {
    expect(edge("talent_flow:CHN:USA:2019:macropolo-workforce")).toBe(
      "27% of the top-tier AI researchers working at institutions in the destination, the share who earned their undergraduate degree in the origin, 2019",
    );
    expect(edge("talent_flow:CHN:USA:2019:macropolo-origin")).toMatch(/^56% of the top-tier AI researchers who earned their undergraduate degree in the origin, .*, 2019$/);
    expect(edge("talent_flow:CHN:USA:2022:macropolo-grad-school")).toMatch(/^36% .* graduate studies in the destination, 2022 \(estimate: Reported as approximately 36%/);
  });
});
