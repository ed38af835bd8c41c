import { mkdirSync } from "node:fs";
import { expect, test as base } from "./fixtures";
import { ChokepointsPage, NationScorecardPage } from "./pages/supply-pages";

const SHOTS = "test-results/screenshots";
mkdirSync(SHOTS, { recursive: true });

const test = base.extend<{ scorecard: NationScorecardPage; chokepoints: ChokepointsPage; pageErrors: string[] }>({
  pageErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await provide(errors);
    // No uncaught error may happen on any page a test visits.
    if (errors.length) throw new Error(`uncaught page errors:\n${errors.join("\n")}`);
  },
  scorecard: async ({ page, pageErrors }, provide) => {
    void pageErrors;
    await provide(new NationScorecardPage(page));
  },
  chokepoints: async ({ page, pageErrors }, provide) => {
    void pageErrors;
    await provide(new ChokepointsPage(page));
  },
});

const PERCENT = /^\d{1,3}\.\d%$/;

test.describe("nation scorecards", () => {
  test("South Korea's scorecard shows real figures, each with its lens", async ({ scorecard, page }) => {
    expect(await scorecard.goto("KOR")).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "South Korea" })).toBeVisible();
    const foreign = await scorecard.figureText("foreign-dependence");
    expect(foreign).toMatch(PERCENT);
    expect(Number.parseFloat(foreign)).toBeGreaterThan(50);
    expect(Number.parseFloat(foreign)).toBeLessThan(100);
    expect(await scorecard.figureText("leverage")).toMatch(/^0\.\d{3}$/);
    expect(Number(await scorecard.figureText("leverage"))).toBeGreaterThan(0);
    expect(await scorecard.figureText("diversification")).toMatch(/^0\.\d{3}$/);
    expect(Number(await scorecard.figureText("orchestration"))).toBeGreaterThan(0);
    for (const id of ["foreign-dependence", "leverage", "diversification", "orchestration"] as const) {
      await expect(scorecard.figureLens(id)).toHaveText("by HQ");
    }
    // Memory is where Korea has leverage; its largest exposure is to the United States.
    await expect(scorecard.leverage.getByRole("row", { name: /DRAM\s+71\.4%/ })).toBeVisible();
    await expect(scorecard.exposures.locator("tbody tr").first()).toHaveAttribute("data-nation", "USA");
    // Why Korea depends on the Netherlands: a path through what it makes.
    const nld = scorecard.exposures.locator('tr[data-nation="NLD"]');
    await nld.getByText(/^Why\?/).click();
    await expect(nld.getByRole("list", { name: "Supply paths from Netherlands" }).getByRole("listitem").first()).toContainText(
      /Netherlands provides 100\.0% of EUV lithography scanners/,
    );
    await expect(page.getByRole("link", { name: "Open South Korea in the explorer" })).toHaveAttribute("href", "/?node=KOR");
    await expect(scorecard.sources.getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);
    await page.screenshot({ path: `${SHOTS}/nation-kor.png`, fullPage: true });
  });

  test("a nation's own figure is used where published, else the world share, and each says which", async ({ scorecard, page }) => {
    expect(await scorecard.goto("USA", "site")).toBe(200);
    await expect(page.getByTestId("national-figures")).toContainText("National figures used for AI researcher training");
    await page.getByText("Domestic share, main foreign supplier and the share set of each input").click();
    const training = page.getByRole("table", { name: "Measured inputs" }).getByRole("row", { name: /^AI researcher training/ });
    // MacroPolo 2022: 37% of top-tier researchers at US institutions studied in the US, 38% in China.
    await expect(training).toContainText("37.0%");
    await expect(training).toContainText("China 38.0%");
    await expect(training.locator('[data-figure="national"]')).toContainText("where United States’ own researchers trained");
    await expect(page.getByRole("table", { name: "Measured inputs" }).locator('[data-figure="world"]').first()).toContainText("world share");
    expect(await scorecard.goto("KOR", "site")).toBe(200);
    await expect(page.getByTestId("national-figures")).toContainText("No national figure is published for South Korea");
    await page.getByText("Domestic share, main foreign supplier and the share set of each input").click();
    const korTraining = page.getByRole("table", { name: "Measured inputs" }).getByRole("row", { name: /^AI researcher training/ });
    await expect(korTraining).toContainText("China 47.0%");
    await expect(korTraining.locator('[data-figure="world"]')).toContainText("world share (no national figure)");
  });

  test("the Netherlands leads on lithography", async ({ scorecard, page }) => {
    expect(await scorecard.goto("NLD")).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Netherlands" })).toBeVisible();
    await expect(scorecard.leverage.getByRole("row", { name: /EUV lithography scanners\s+100\.0%/ })).toBeVisible();
    // About 0.086 since the 2026.12 refresh added 26 measured tool inputs to the reach total (third
    // behind the US and Japan: lib/supply/curated.test.ts).
    expect(Number(await scorecard.figureText("leverage"))).toBeGreaterThan(0.08);
  });

  test("the quadrant chart has a point per nation and highlights this one", async ({ scorecard, request }) => {
    const graph = (await (await request.get("/api/graph")).json()) as { nodes: { attributes?: { kind?: string } }[] };
    const nations = graph.nodes.filter((n) => n.attributes?.kind === "nation").length;
    expect(nations).toBeGreaterThan(40);
    await scorecard.goto("KOR");
    await expect(scorecard.points()).toHaveCount(nations);
    await expect(scorecard.currentPoint()).toHaveCount(1);
    await expect(scorecard.currentPoint()).toHaveAttribute("data-nation", "KOR");
    // Each point links to that nation's scorecard.
    await scorecard.quadrant.locator('[data-nation="JPN"]').click();
    await expect(scorecard.page).toHaveURL(/\/nation\/JPN$/);
    await expect(scorecard.currentPoint()).toHaveAttribute("data-nation", "JPN");
  });

  test("the lens switch changes the figures and says which lens is in force", async ({ scorecard, page }) => {
    await scorecard.goto("KOR");
    const byHq = await scorecard.figureText("foreign-dependence");
    await scorecard.chooseLens("Site location");
    await expect(page).toHaveURL(/\/nation\/KOR\?lens=site$/);
    await expect(scorecard.figureLens("foreign-dependence")).toHaveText("by site");
    const bySite = await scorecard.figureText("foreign-dependence");
    expect(bySite).toMatch(PERCENT);
    expect(bySite).not.toBe(byHq);
    // Links keep the lens.
    await expect(scorecard.quadrant.locator('[data-nation="JPN"]')).toHaveAttribute("href", "/nation/JPN?lens=site");
    await page.screenshot({ path: `${SHOTS}/nation-kor-site.png` });
  });

  test("an unknown or malformed code is a 404", async ({ scorecard, page }) => {
    expect(await scorecard.goto("XXX")).toBe(404);
    expect(await scorecard.goto("not-a-code")).toBe(404);
    expect(await scorecard.goto("KO")).toBe(404);
    await expect(page.getByText(/404|could not be found/i).first()).toBeVisible();
  });
});

test.describe("chokepoints", () => {
  test("EUV scanners are a chokepoint with HHI 10,000, at the top", async ({ chokepoints, page }) => {
    // Crystal-growing furnaces (PVA TePla 100%, ETO/TechInsights 2022) tie at 10,000; ties go by id.
    expect(await chokepoints.goto()).toBe(200);
    await expect(page.getByRole("region", { name: "Chokepoint rule" })).toContainText("HHI by nation is at least 2,500");
    const euv = chokepoints.row("euv-scanners");
    await expect(euv.locator('[data-col="hhiNation"]')).toContainText("10,000");
    await expect(euv.locator("[data-chokepoint]")).toBeVisible();
    await expect(euv.getByRole("link", { name: "EUV lithography scanners" })).toHaveAttribute("href", "/?node=euv-scanners");
    expect((await chokepoints.order()).slice(0, 2)).toEqual(["crystal-growing-furnaces", "euv-scanners"]);
    // What depends on it, with links.
    await euv.locator('[data-col="downstream"] summary').click();
    await expect(euv.getByRole("link", { name: "Leading-edge logic foundry" })).toHaveAttribute("href", "/?node=leading-edge-logic");
    await page.screenshot({ path: `${SHOTS}/chokepoints.png` });
  });

  test("sorting by a column changes the order", async ({ chokepoints }) => {
    await chokepoints.goto();
    const before = await chokepoints.order();
    await chokepoints.sortBy("Downstream");
    await expect(chokepoints.header("Downstream")).toHaveAttribute("aria-sort", "descending");
    const after = await chokepoints.order();
    expect(after).not.toEqual(before);
    expect(after).toHaveLength(before.length);
    const counts = await chokepoints.table.locator('tbody [data-col="downstream"] summary').allTextContents();
    const numbers = counts.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await chokepoints.sortBy("Downstream");
    await expect(chokepoints.header("Downstream")).toHaveAttribute("aria-sort", "ascending");
  });

  test("the lens switch re-ranks by site", async ({ chokepoints, page }) => {
    await chokepoints.goto("site");
    await expect(chokepoints.lensSwitch.getByRole("link", { name: "Site location" })).toHaveAttribute("aria-current", "page");
    // Leading-edge logic by site: Taiwan on top (capacity by site).
    await expect(chokepoints.row("leading-edge-logic")).toContainText(/Taiwan\s+69\.0%/);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(() => document.documentElement.classList.add("dark"));
    await page.screenshot({ path: `${SHOTS}/chokepoints-dark.png` });
  });
});
