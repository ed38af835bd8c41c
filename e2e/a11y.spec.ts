import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * First contact: axe-core finds no serious or critical violation on the three pages a newcomer
 * opens first (and on the explorer one click in, with a firm's Details open), in either theme, at
 * a laptop and a small-laptop size. The whole page is scanned — no rule is disabled and no region
 * excluded — so a fix has to be made in the component.
 */

const SHOTS = "test-results/screenshots";
mkdirSync(SHOTS, { recursive: true });

const PAGES = [
  { name: "explorer", path: "/", ready: explorerReady },
  // One click into the explorer: a firm's Details panel, with its criticality block computed.
  { name: "explorer-tsmc", path: "/?node=tsmc", ready: detailsReady },
  { name: "chokepoints", path: "/chokepoints", ready: headingReady("Chokepoints") },
  { name: "nation-usa", path: "/nation/USA", ready: headingReady("United States") },
] as const;

async function explorerReady(page: Page) {
  // The network has been laid out once and the side panels are rendered.
  await page.waitForFunction(() => (window.__atlasView?.layoutRuns ?? 0) >= 1, undefined, { timeout: 20_000 });
  await expect(page.getByRole("region", { name: "Controls" })).toBeVisible();
}

async function detailsReady(page: Page) {
  await explorerReady(page);
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2, name: "TSMC", exact: true })).toBeVisible();
  await expect(details.getByRole("region", { name: "Criticality" })).toContainText("If TSMC stopped supplying:");
}

function headingReady(name: string) {
  return async (page: Page) => {
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  };
}

/** Serious and critical violations, one line each: rule id, then the offending nodes. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ").slice(0, 200)}` : ""}`).join("\n  ")}`);
}

test.describe("accessibility: no serious or critical axe violation", () => {
  // Both themes at the laptop size; the small-laptop size (where panels narrow and text wraps) in
  // the dark theme, whose contrast is the tighter, on the three pages a newcomer opens first.
  const runs = [
    ...(["light", "dark"] as const).flatMap((theme) => PAGES.map((p) => ({ w: 1440, h: 900, theme, p }))),
    ...PAGES.filter((p) => p.name !== "explorer-tsmc").map((p) => ({ w: 1024, h: 768, theme: "dark" as const, p })),
  ];
  {
    {
      for (const { w, h, theme, p } of runs) {        test(`${p.path} at ${w}×${h}, ${theme}`, async ({ page }) => {
          const errors: string[] = [];
          page.on("pageerror", (e) => errors.push(e.message));
          await page.setViewportSize({ width: w, height: h });
          await page.emulateMedia({ colorScheme: theme });
          // The inline theme script applies the stored choice before first paint.
          await page.addInitScript((t) => localStorage.setItem("atlas-theme", t), theme);
          const res = await page.goto(p.path);
          expect(res?.status()).toBe(200);
          if (theme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
          else await expect(page.locator("html")).not.toHaveClass(/dark/);
          await p.ready(page);
          const violations = await seriousViolations(page);
          await page.screenshot({ path: `${SHOTS}/a11y-${p.name}-${w}x${h}-${theme}.png`, fullPage: !p.name.startsWith("explorer") });
          expect(violations, "serious or critical axe violations (rule: nodes)").toEqual([]);
          expect(errors, "uncaught page errors").toEqual([]);
        });
      }
    }
  }
});
