import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("drops accents, lowers case and joins the rest with single hyphens", () => {
    expect(slugify("Łódź Élan 😀 中国", 48, "x")).toBe("odz-elan");
    expect(slugify("  HBM supply shock! ", 60, "x")).toBe("hbm-supply-shock");
    expect(slugify("Société Générale", 60, "x")).toBe("societe-generale");
  });

  it("cuts at max without leaving a trailing hyphen, and falls back when nothing is left", () => {
    expect(slugify("abc def", 4, "x")).toBe("abc");
    expect(slugify("a".repeat(100), 48, "x")).toHaveLength(48);
    expect(slugify("😀", 48, "node")).toBe("node");
  });
});
