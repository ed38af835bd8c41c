import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const SHOTS = "test-results/screenshots";
mkdirSync(SHOTS, { recursive: true });

/** Boxes of the chart's visible labels and points, in page pixels. */
async function chartBoxes(page: Page) {
  return page.getByTestId("programmes-chart").evaluate((svg) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, key: el.getAttribute("data-label") ?? el.parentElement?.getAttribute("data-nation") ?? "" };
    };
    return {
      labels: [...svg.querySelectorAll("text[data-label]")].map(box),
      points: [...svg.querySelectorAll("a[data-nation] circle")].map(box),
      fontPx: [...svg.querySelectorAll("text[data-label]")].map((t) => t.getBoundingClientRect().height),
    };
  });
}
const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

async function expectNoSeriousAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("sovereign AI programmes", () => {
  for (const [w, h] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    for (const theme of ["light", "dark"] as const) {
      test(`the comparison page at ${w}×${h}, ${theme}: chart, table, sources, readable labels, no serious axe violation`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h });
        await page.emulateMedia({ colorScheme: theme });
        await page.addInitScript((t) => localStorage.setItem("atlas-theme", t), theme);
        const res = await page.goto("/programmes");
        expect(res?.status()).toBe(200);
        // The stored choice is applied by the inline theme script before first paint; clicking the
        // toggle here would race hydration (its label flips when the client reads the stored theme).
        if (theme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
        else await expect(page.locator("html")).not.toHaveClass(/dark/);
        await expect(page.getByRole("heading", { level: 1, name: "Sovereign AI programmes" })).toBeVisible();
        // Japan: JPY 10 trillion, USD 65 bn as stated, plotted; Korea's KRW 150 trillion listed beside the chart.
        const chart = page.getByTestId("programmes-chart");
        await expect(chart.locator('a[data-nation="JPN"]')).toHaveAttribute("aria-label", /Japan: USD 65 bn committed \(as stated\), orchestration index \d+\.\d/);
        await expect(page.getByTestId("uncharted").locator('[data-nation="KOR"]')).toContainText("KRW 150 trillion");
        const table = page.getByRole("table", { name: "Programmes by nation" });
        await expect(table.locator('tr[data-nation="IND"]')).toContainText("INR 10,371.92 crore");
        await expect(table.locator('tr[data-nation="IND"]')).toContainText("not stated");
        await expect(page.getByRole("list", { name: "Sources" }).getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);
        // Every plotted nation's label is shown, none overlaps another label or a point, none is tiny.
        const { labels, points, fontPx } = await chartBoxes(page);
        expect(labels.length).toBe(points.length);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
          for (const p of points) expect(overlap(labels[i]!, p), `${labels[i]!.key} on point ${p.key}`).toBe(false);
        }
        for (const px of fontPx) expect(px).toBeGreaterThanOrEqual(10);
        await expectNoSeriousAxeViolations(page);
        await page.screenshot({ path: `${SHOTS}/programmes-${w}x${h}-${theme}.png`, fullPage: true });
      });
    }
  }

  test("a point links to the nation's scorecard, which shows its programmes beside what the Atlas measures", async ({ page }) => {
    await page.goto("/programmes");
    await page.getByTestId("programmes-chart").locator('a[data-nation="JPN"]').click();
    await expect(page).toHaveURL(/\/nation\/JPN$/);
    const panel = page.getByRole("region", { name: "Sovereign AI programmes: money committed" });
    await expect(panel.locator('[data-programme="japan-chips-ai-2030"]')).toContainText("JPY 10 trillion");
    await expect(panel.locator('[data-programme="japan-chips-ai-2030"]')).toContainText("USD 65 bn (as stated by the source)");
    await expect(page.getByTestId("figure-orchestration")).toBeVisible();
    // Germany lists its own strategy and, as an EU member, InvestAI.
    await page.goto("/nation/DEU");
    const deu = page.getByRole("region", { name: "Sovereign AI programmes: money committed" });
    await expect(deu.locator('[data-programme="germany-ki-strategie"]')).toContainText("EUR 5 billion");
    await expect(deu.locator('[data-programme="eu-investai"]')).toContainText("as a member of the European Union");
    await expectNoSeriousAxeViolations(page, 'section[aria-labelledby="programmes-title"]');
    // A nation without a recorded programme says so, and the header links to the comparison page.
    await page.goto("/nation/BRA");
    await expect(page.getByRole("region", { name: "Sovereign AI programmes: money committed" })).toContainText("No public AI programme commitment is recorded for Brazil");
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "AI programmes" }).click();
    await expect(page).toHaveURL(/\/programmes$/);
    await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "AI programmes" })).toHaveAttribute("aria-current", "page");
  });

  test("the lens switch recomputes the index under another attribution", async ({ page }) => {
    await page.goto("/programmes");
    const hq = await page.getByRole("table", { name: "Programmes by nation" }).locator('tr[data-nation="JPN"] td').last().textContent();
    await page.getByRole("navigation", { name: "Attribution lens" }).getByRole("link", { name: "Site location" }).click();
    await expect(page).toHaveURL(/\/programmes\?lens=site$/);
    const site = await page.getByRole("table", { name: "Programmes by nation" }).locator('tr[data-nation="JPN"] td').last().textContent();
    expect(site).not.toBe(hq);
  });
});
