import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { ExplorerPage } from "./pages/explorer-page";

/**
 * Readability, read off what cytoscape draws: every visible label's rendered box (node labels,
 * stage headers and edge labels), in the first view, the flow view, a focus and a path, at two
 * screen sizes. No two boxes may overlap, no label may be under 10 px on screen, every label sits
 * inside the canvas, and the first view shows at least 25 labels.
 */
type Box = { x1: number; y1: number; x2: number; y2: number };

function overlapping(labels: { text: string; box: Box }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${labels[i]!.text} × ${labels[j]!.text}`);
    }
  return out;
}

async function expectReadable(page: Page, explorer: ExplorerPage, minLabels: number) {
  const labels = await explorer.labels();
  expect(labels.length, "labels shown").toBeGreaterThanOrEqual(minLabels);
  expect(overlapping(labels), "overlapping label pairs").toEqual([]);
  const small = labels.filter((l) => l.px < 10).map((l) => `${l.text} (${l.px.toFixed(1)} px)`);
  expect(small, "labels under 10 px").toEqual([]);
  const canvas = (await page.getByTestId("network").boundingBox())!;
  const outside = labels.filter((l) => l.box.x1 < canvas.x - 1 || l.box.x2 > canvas.x + canvas.width + 1 || l.box.y1 < canvas.y - 1 || l.box.y2 > canvas.y + canvas.height + 1);
  expect(outside.map((l) => l.text), "labels outside the canvas").toEqual([]);
  return labels;
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test.describe(`readable at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test("the first view is the layered supply chain, with ≥ 25 labels, none overlapping or small", async ({ page, explorer }) => {
      await explorer.goto();
      await expect(page.getByRole("combobox", { name: "Layout" })).toHaveValue("chain");
      await expect(explorer.counts).toContainText("Providers folded into rings");
      const labels = await expectReadable(page, explorer, 25);
      const texts = labels.map((l) => l.text.replace(/\n/g, " "));
      // Stage headers read left to right as a supply chain.
      const header = (t: string) => labels.find((l) => l.text === t);
      for (const t of ["Materials", "Equipment", "Fabrication", "Models", "Nations"]) expect(header(t), `header ${t}`).toBeDefined();
      expect(header("Materials")!.box.x1).toBeLessThan(header("Fabrication")!.box.x1);
      expect(header("Fabrication")!.box.x1).toBeLessThan(header("Models")!.box.x1);
      // The inputs that matter most are labelled at first sight.
      expect(texts.some((t) => /Leading-edge logic/.test(t))).toBe(true);
      // Providers are folded: firms are not drawn until asked for.
      const ids = await explorer.nodeIds();
      expect(ids).toContain("euv-scanners");
      expect(ids).not.toContain("asml");
      expect(ids).not.toContain("tsmc");
    });

    test("the flow view", async ({ page, explorer }) => {
      await explorer.goto("layout=flow");
      const labels = await expectReadable(page, explorer, 25);
      expect(labels.filter((l) => ["Fabrication", "Models", "Nations"].includes(l.text))).toHaveLength(3);
    });

    test("a focus on TSMC", async ({ page, explorer }) => {
      await explorer.goto("focus=tsmc&node=tsmc");
      const labels = await expectReadable(page, explorer, 10);
      expect(labels.some((l) => l.text === "TSMC")).toBe(true);
    });

    test("a focus on EUV scanners, upstream", async ({ page, explorer }) => {
      await explorer.goto("focus=euv-scanners&dir=up&depth=2");
      await expectReadable(page, explorer, 3);
    });

    test("a path from NVIDIA to the Netherlands", async ({ page, explorer }) => {
      await explorer.goto("from=nvidia&to=NLD");
      await expect(page.getByText(/shortest paths?, \d+ steps?/)).toBeVisible();
      await expectReadable(page, explorer, 10);
    });
  });
}

test.describe("the folded first view", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("selecting an input unfolds its providers beside it, without refitting the view; labels stay apart", async ({ page, explorer }) => {
    await explorer.goto();
    const zoom = await page.evaluate(() => window.__atlasView!.zoom());
    const runs = await explorer.layoutRuns();
    await explorer.clickNode("leading-edge-logic");
    await explorer.waitForLayout(runs + 1);
    await expect(explorer.details.getByRole("heading", { name: "Leading-edge logic foundry", exact: true })).toBeVisible();
    const ids = await explorer.nodeIds();
    for (const firm of ["tsmc", "samsung", "intel"]) expect(ids).toContain(firm);
    expect(await page.evaluate(() => window.__atlasView!.zoom())).toBeCloseTo(zoom, 5);
    const tsmc = await explorer.nodePosition("tsmc");
    const input = await explorer.nodePosition("leading-edge-logic");
    expect(tsmc.x).toBeLessThan(input.x);
    await expectReadable(page, explorer, 25);
    // The ring: an input's nation shares, with the nation lane as its legend.
    const data = await page.evaluate(() => window.__atlasView!.data("leading-edge-logic"));
    expect(Number(data!.p1s)).toBeGreaterThan(0);
    await page.getByText(/^Legend/).click();
    await expect(page.getByRole("group", { name: "Legend" }).getByText(/Rings: who provides it/)).toBeVisible();
  });

  test("zooming in shows more labels, still apart, at the same size", async ({ page, explorer }) => {
    await explorer.goto();
    const before = await explorer.labels();
    const canvas = (await page.getByTestId("network").boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width * 0.35, canvas.y + canvas.height * 0.5);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -240);
    await page.waitForTimeout(400);
    const after = await expectReadable(page, explorer, 1);
    // Labels keep their size on screen (12 px, 14 px for the top-ranked), whatever the zoom.
    for (const l of after) expect([12, 14, 13, 11]).toContain(Math.round(l.px));
    // And zooming in reveals labels that had no room before.
    const shownBefore = new Set(before.map((l) => l.text));
    expect(after.filter((l) => !shownBefore.has(l.text)).length).toBeGreaterThan(0);
  });

  test("unfolding every provider is one tick away and lays them out in supply order", async ({ page, explorer }) => {
    await explorer.goto();
    const runs = await explorer.layoutRuns();
    await page.getByRole("checkbox", { name: /Fold providers into their inputs/ }).uncheck();
    await explorer.waitForLayout(runs + 1);
    await expect(page).toHaveURL(/unfold=1/);
    const ids = await explorer.nodeIds();
    expect(ids).toContain("asml");
    const asml = await explorer.nodePosition("asml");
    const euv = await explorer.nodePosition("euv-scanners");
    expect(asml.x).toBeLessThan(euv.x);
    await expectReadable(page, explorer, 25);
  });
});
