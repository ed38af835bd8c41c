import { describe, expect, it } from "vitest";
import { computeHhi, relativeConcentration } from "./hhi";

describe("computeHhi", () => {
  it.each([
    // A monopoly: 100² = 10,000.
    [[100], 10_000],
    // Two equal halves: 50² + 50² = 5,000.
    [[50, 50], 5_000],
    // Four equal quarters: 4 × 25² = 2,500 (the "highly concentrated" threshold).
    [[25, 25, 25, 25], 2_500],
    // 60 + 30 known, 10 unknown ("other", left out): 3,600 + 900 = 4,500, a lower bound.
    [[60, 30], 4_500],
    // No known share.
    [[], 0],
  ])("HHI of %j is %d", (shares, expected) => {
    expect(computeHhi(shares)).toBeCloseTo(expected, 9);
  });

  it("is a lower bound when the remainder is left out", () => {
    // The 10% remainder could be one firm (+100) or many tiny ones (+~0): 4,500 ≤ true HHI ≤ 4,600.
    expect(computeHhi([60, 30])).toBeLessThanOrEqual(computeHhi([60, 30, 10]));
  });

  it("rejects negative or non-finite shares, naming itself", () => {
    expect(() => computeHhi([50, -1])).toThrow(/supply\/computeHhi/);
    expect(() => computeHhi([Number.NaN])).toThrow(/finite/);
  });
});

describe("relativeConcentration", () => {
  it("measures parts against their own total", () => {
    // 0.5 and 0.3 of a market: (0.5/0.8)² + (0.3/0.8)² = 0.390625 + 0.140625 = 0.53125.
    expect(relativeConcentration([0.5, 0.3])).toBeCloseTo(0.53125, 12);
    expect(relativeConcentration([0.4])).toBe(1);
    expect(relativeConcentration([])).toBeNull();
    expect(relativeConcentration([0, 0])).toBeNull();
    expect(() => relativeConcentration([-0.1])).toThrow(/supply\/relativeConcentration/);
  });
});
