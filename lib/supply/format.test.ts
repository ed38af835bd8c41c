import { describe, expect, it } from "vitest";
import { describeSet, formatFraction, formatHhi, formatIndex, formatPercent } from "./format";

describe("format", () => {
  it.each([
    [100, "100.0%"],
    [61.5, "61.5%"],
    [55.800000000000004, "55.8%"],
    [0.04, "0.0%"],
    [null, "—"],
  ])("formatPercent(%s) = %s", (x, s) => expect(formatPercent(x)).toBe(s));

  it("formats fractions, HHI and indices", () => {
    expect(formatFraction(0.6153)).toBe("61.5%");
    expect(formatHhi(10_000)).toBe("10,000");
    expect(formatHhi(4195.4)).toBe("4,195");
    expect(formatHhi(null)).toBe("—");
    expect(formatIndex(28.46)).toBe("28.5");
  });

  it("describes a set's basis, year and lens", () => {
    expect(describeSet({ basis: "revenue", year: 2024, method: "firms-by-lens" }, "hq")).toBe("revenue 2024, firm shares by HQ");
    expect(describeSet({ basis: "capacity", year: 2022, method: "nation-rows", attribution: "site" }, "site")).toBe("capacity 2022, nation rows by site");
    expect(describeSet({ basis: "installed", year: 2025, method: "other-attribution-rows", attribution: "site", fallback: "site" }, "hq")).toBe(
      "installed base 2025, nation rows by site, stand-in: no figure by HQ",
    );
  });
});
