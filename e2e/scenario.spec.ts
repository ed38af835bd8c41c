import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { encodeScenario } from "../lib/scenario/encode";
import { parseScenario } from "../lib/scenario/schema";
import { expect, test } from "./fixtures";
import { ScenarioPanel } from "./pages/scenario-panel";

const SHOTS = "test-results/screenshots";
mkdirSync(SHOTS, { recursive: true });

const view = (page: Page) => ({
  hasClass: (id: string, cls: string) => page.evaluate(([i, c]) => window.__atlasView!.hasClass(i!, c!), [id, cls]),
  impact: (id: string) => page.evaluate((i) => Number(window.__atlasView!.data(i)?.impact ?? 0), id),
  edgeIds: () => page.evaluate(() => window.__atlasView!.edgeIds()),
});

test.describe("what-if scenarios", () => {
  test("the Taiwan preset: losses for many nations in the impact table, the diff on the network, restored from the link", async ({ explorer, page, request }) => {
    await explorer.goto();
    const panel = new ScenarioPanel(page);
    await panel.choosePreset("taiwan-strait");
    await expect(page).toHaveURL(/scenario=p\.taiwan-strait/);
    await expect(panel.results.getByRole("list", { name: "Summary of the largest effects" })).toContainText("Leading-edge logic foundry falls to 31%");

    await panel.tab("Impact");
    const rows = await panel.impactRows();
    // Shortages are shared pro rata: every importer loses; Taiwan is hit hardest in what it makes.
    expect(rows.length).toBeGreaterThan(40);
    const withLoss = rows.filter((r) => r.cells.some((c) => /\(−\d/.test(c)));
    expect(withLoss.length).toBeGreaterThan(40);
    const usa = rows.find((r) => r.nation.startsWith("United States"))!;
    expect(usa.cells.join(" ")).toMatch(/31%\s*\(−69\)/);
    // Sorting by a layer column.
    const fab = panel.impactTable().getByRole("columnheader", { name: /Fabrication/ });
    await fab.getByRole("button").click();
    await expect(fab).toHaveAttribute("aria-sort", "descending");

    // The network shows the diff: Taiwan and the input it supplied in red, its lost supply greyed.
    const api = await (await request.post("/api/scenario", { data: { preset: "taiwan-strait" } })).json();
    const v = view(page);
    await expect.poll(() => v.impact("TWN")).toBe(1);
    expect(await v.hasClass("TWN", "impacted")).toBe(true);
    expect(await v.impact("leading-edge-logic")).toBeCloseTo(0.69, 2);
    const shown = new Set(await v.edgeIds());
    const removed = (api.impact.diff.removed as string[]).filter((e) => shown.has(e));
    expect(removed.length).toBeGreaterThan(0);
    for (const e of removed) expect(await v.hasClass(e, "removed")).toBe(true);

    // A reload from the link restores the scenario and its diff.
    await page.reload();
    await explorer.waitForLayout(1);
    await expect(panel.results).toBeVisible();
    await expect.poll(() => v.impact("TWN")).toBe(1);
    expect(await v.hasClass(removed[0]!, "removed")).toBe(true);
    await expect(panel.preset).toHaveValue("taiwan-strait");
  });

  test("a custom shock on the selected node, undo and redo", async ({ explorer, page }) => {
    await explorer.goto("node=asml");
    const panel = new ScenarioPanel(page);
    await expect(panel.preset).toBeEnabled({ timeout: 20_000 });
    await panel.button("Remove").click();
    await expect(panel.shocks).toHaveCount(1);
    await expect(panel.shocks.first()).toHaveAccessibleName("Remove ASML");
    await panel.button("Degrade…").click();
    const form = panel.builder.getByRole("form", { name: "Degrade capacity" });
    await form.getByRole("spinbutton", { name: "Capacity lost (%)" }).fill("30");
    await form.getByRole("combobox", { name: "Inputs" }).selectOption("input:euv-scanners");
    await form.getByRole("button", { name: "Add shock" }).click();
    await expect(panel.shocks).toHaveCount(2);
    await expect(panel.shocks.nth(1)).toHaveAccessibleName("Degrade ASML by 30% (EUV lithography scanners)");

    await panel.apply();
    await expect(page).toHaveURL(/scenario=j\./);
    await expect(panel.results).toContainText("EUV lithography scanners falls to 0% of its supply");
    await expect.poll(() => view(page).hasClass("asml", "removed")).toBe(true);
    // The second shock found nothing left to degrade and says so.
    await expect(panel.problems).toContainText('Skipped shock 2: "asml" was removed by an earlier shock');

    // Undo and redo every edit, from the keyboard and the buttons.
    await panel.builder.getByRole("heading", { name: /^Shocks/ }).click();
    await page.keyboard.press("Control+z");
    await expect(panel.shocks).toHaveCount(1);
    await page.keyboard.press("Control+z");
    await expect(panel.shocks).toHaveCount(0);
    await expect(panel.button("Undo")).toBeDisabled();
    await page.keyboard.press("Control+Shift+z");
    await expect(panel.shocks).toHaveCount(1);
    await panel.button("Redo").click();
    await expect(panel.shocks).toHaveCount(2);
    await panel.button("Undo").click();
    await expect(panel.shocks).toHaveCount(1);
    // Toggling and reordering are edits too.
    await panel.shocks.first().getByRole("checkbox").uncheck();
    await expect(panel.shocks.first()).toHaveClass(/opacity-60/);
    await page.keyboard.press("Control+z");
    await expect(panel.shocks.first().getByRole("checkbox")).toBeChecked();
    await panel.apply();
    await expect(panel.problems).toBeHidden();
  });

  test("add capacity from a new supplier on a selected input", async ({ explorer, page }) => {
    await explorer.goto("node=leading-edge-logic");
    const panel = new ScenarioPanel(page);
    await expect(panel.preset).toBeEnabled({ timeout: 20_000 });
    await panel.button("Add capacity…").click();
    const form = panel.builder.getByRole("form", { name: "Add capacity" });
    await form.getByRole("textbox", { name: "New supplier name" }).fill("Fab X");
    await form.getByRole("combobox", { name: "Site" }).selectOption("USA");
    await form.getByRole("spinbutton", { name: "Share added" }).fill("20");
    await form.getByRole("button", { name: "Add shock" }).click();
    await expect(panel.shocks.first()).toHaveAccessibleName("Add 20 points of Leading-edge logic foundry capacity: Fab X in United States");
    await panel.apply();
    await (await panel.tab("Inputs")).getByRole("checkbox").check();
    // Fab X (HQ United States) joins with 20 points: of 120, Taiwan holds 70.4 (58.7%), Korea 7.1 (5.9%), the US 20 (16.7%):
    // HHI 3,441.8 + 35.0 + 277.8 ≈ 3,755, down from 70.4² + 7.1² ≈ 5,007.
    const row = panel.results.getByRole("row", { name: /^Leading-edge logic foundry/ });
    await expect(row).toContainText("5,007 → 3,755");
    await expect(row).toContainText("TWN 58.7% (was TWN 70.4%)");
  });

  test("right-click on a node adds a shock", async ({ explorer, page }) => {
    await explorer.goto();
    const panel = new ScenarioPanel(page);
    await expect(panel.preset).toBeEnabled({ timeout: 20_000 });
    const p = await explorer.nodePosition("TWN");
    await page.mouse.click(p.x, p.y, { button: "right" });
    const menu = page.getByRole("menu", { name: "Scenario actions for Taiwan" });
    await menu.getByRole("menuitem", { name: /Degrade its capacity by 50%/ }).click();
    await expect(panel.shocks).toHaveCount(1);
    await expect(panel.shocks.first()).toHaveAccessibleName("Degrade Taiwan by 50% (every input)");
  });

  test("export a scenario as JSON and import it again; a bad file says what it skipped", async ({ explorer, page }) => {
    await explorer.goto();
    const panel = new ScenarioPanel(page);
    await panel.choosePreset("hbm-shock");
    const file = await panel.exportJson();
    expect(file.filename).toBe("hbm-supply-shock.scenario.json");
    const json = JSON.parse(file.text);
    expect(json.shocks.map((s: { id: string }) => s.id)).toEqual(["hynix", "samsung"]);
    expect(json.sources).toContain("counterpoint-hbm-q2-2025");

    await panel.button("Clear").click();
    await expect(panel.results).toBeHidden();
    await expect(page).not.toHaveURL(/scenario=/);
    await panel.importJson(file.filename, file.text);
    await expect(panel.results).toBeVisible();
    await expect(panel.shocks).toHaveCount(2);
    await expect(page).toHaveURL(/scenario=p\.hbm-shock/);

    const bad = { name: "Half good", shocks: [{ type: "remove", node: "asml" }, { type: "degrade", provider: "tsmc", percent: 250 }, { type: "remove", node: "atlantis" }] };
    await panel.importJson("half-good.json", JSON.stringify(bad));
    await expect(panel.problems).toContainText("half-good.json: shock 2 (degrade) skipped: must be at most 100");
    await expect(panel.problems).toContainText('no node "atlantis" in the dataset');
    await expect(panel.shocks).toHaveCount(2);
    await expect(panel.results).toContainText("Half good");

    await panel.importJson("broken.json", "{ not json");
    await expect(panel.problems).toContainText("Could not import broken.json: not valid JSON");
  });

  test("a stale scenario link reports what it skipped and applies the rest", async ({ explorer, page }) => {
    const { scenario } = parseScenario({ name: "Stale link", shocks: [{ type: "remove", node: "atlantis-semiconductor" }, { type: "remove", node: "asml" }, { type: "degrade", provider: "tsmc", percent: 50, inputs: ["unobtainium", "hbm"] }] });
    await explorer.goto(`scenario=${encodeScenario(scenario!)}`);
    const panel = new ScenarioPanel(page);
    await expect(panel.problems).toContainText('Skipped shock 1: no node "atlantis-semiconductor" in the dataset');
    await expect(panel.results).toBeVisible();
    await expect(panel.results).toContainText("Stale link");
    await expect.poll(() => view(page).hasClass("asml", "removed")).toBe(true);
    // An unknown preset, or a mangled parameter, is reported too.
    await explorer.goto("scenario=p.atlantis");
    await expect(panel.problems).toContainText('no preset "atlantis"');
    await explorer.goto("scenario=j.bm90IGpzb24");
    await expect(panel.problems).toContainText("not valid encoded JSON");
  });

  test("baseline and scenario side by side, pan and zoom in step", async ({ explorer, page }) => {
    await explorer.goto();
    const panel = new ScenarioPanel(page);
    await panel.choosePreset("us-controls-2022-2023");
    await panel.results.getByRole("button", { name: "Side by side" }).click();
    const region = page.getByRole("region", { name: "Baseline and scenario side by side" });
    await expect(region).toBeVisible();
    await expect(region.getByTestId("network")).toHaveCount(2);
    await page.waitForTimeout(800);
    // Zoom the baseline pane with the wheel; the scenario pane follows.
    const left = region.getByTestId("compare-baseline");
    const box = (await left.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);
    // Each pane's cytoscape instance, read where cytoscape registers it on its container.
    const transforms = await region.evaluate((el) =>
      [...el.querySelectorAll('[data-testid="network"]')].map((n) => {
        const cy = (n as unknown as { _cyreg?: { cy?: { zoom(): number; pan(): { x: number; y: number } } } })._cyreg?.cy;
        return cy ? { zoom: cy.zoom(), pan: cy.pan() } : null;
      }),
    );
    expect(transforms[0]).not.toBeNull();
    expect(transforms[1]!.zoom).toBeCloseTo(transforms[0]!.zoom, 6);
    expect(transforms[1]!.pan.x).toBeCloseTo(transforms[0]!.pan.x, 3);
    await page.screenshot({ path: path.join(SHOTS, "scenario-side-by-side.png") });
    await region.getByRole("button", { name: "Close" }).click();
    await expect(region).toBeHidden();
    // The explorer's own view is back in charge of the test hook, with its diff.
    await expect.poll(() => view(page).impact("CHN")).toBeGreaterThan(0.5);
  });

  test("sensitivity runs in a worker with progress, and the tables show ranges", async ({ explorer, page }) => {
    await explorer.goto();
    const panel = new ScenarioPanel(page);
    await panel.choosePreset("taiwan-strait");
    const tab = await panel.tab("Sensitivity");
    await tab.getByRole("spinbutton", { name: "Runs" }).fill("60");
    await tab.getByRole("button", { name: "Run sensitivity" }).click();
    await expect(tab.getByRole("status")).toContainText("60 runs, spread ±5 points", { timeout: 30_000 });
    await panel.tab("Impact");
    await expect(panel.impactTable()).toContainText(/\d+%–\d+%/);
  });

  test("POST /api/scenario: 400 naming the bad field, a preset by id, never a 500", async ({ request }) => {
    const bad = await request.post("/api/scenario", { data: { shocks: [{ type: "degrade", provider: "tsmc", percent: 150 }] } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toEqual({ message: "must be at most 100", path: "shocks.0.percent" });
    const unknown = await request.post("/api/scenario", { data: { shocks: [{ type: "teleport" }] } });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error.path).toBe("shocks.0.type");
    const notJson = await request.post("/api/scenario", { data: "{ nope", headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    const ok = await request.post("/api/scenario", { data: { preset: "japan-korea-2019" } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).impact.nations[0].nation).toBe("KOR");
    const list = await (await request.get("/api/scenario")).json();
    expect(list.presets.length).toBeGreaterThanOrEqual(7);
  });

  test("screenshots of the panel, the diff, the impact table, light and dark, at 1024 px", async ({ explorer, page }) => {
    for (const theme of ["light", "dark"] as const) {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.addInitScript((t) => localStorage.setItem("atlas-theme", t), theme);
      await explorer.goto("scenario=p.taiwan-strait&node=TWN");
      const panel = new ScenarioPanel(page);
      await expect(panel.results).toBeVisible();
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SHOTS, `scenario-diff-${theme}.png`) });
      await page.getByRole("region", { name: "Controls" }).screenshot({ path: path.join(SHOTS, `scenario-panel-${theme}.png`) });
      await panel.tab("Impact");
      await panel.results.screenshot({ path: path.join(SHOTS, `scenario-impact-${theme}.png`) });
      await panel.results.getByRole("button", { name: "Side by side" }).click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: path.join(SHOTS, `scenario-compare-${theme}.png`) });
      await page.getByRole("region", { name: "Baseline and scenario side by side" }).getByRole("button", { name: "Close" }).click();
    }
  });
});
