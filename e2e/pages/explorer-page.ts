import { expect, type Locator, type Page } from "@playwright/test";

/** The explorer screen: its regions, and actions a person takes on it. */
export class ExplorerPage {
  readonly details: Locator;
  readonly search: Locator;
  readonly controls: Locator;
  readonly counts: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByRole("complementary", { name: "Details" });
    this.search = page.getByRole("combobox", { name: "Search", exact: true });
    this.controls = page.getByRole("region", { name: "Controls" });
    this.counts = page.getByRole("status", { name: "Counts shown" });
  }

  async goto(query = "") {
    await this.page.goto(query ? `/?${query}` : "/");
    await this.waitForLayout(1);
  }

  layoutRuns(): Promise<number> {
    return this.page.evaluate(() => window.__atlasView?.layoutRuns ?? 0);
  }

  /**
   * Wait until the network has finished at least `runs` layouts (animations included). Read
   * layoutRuns() before the action that lays out again, so a fast layout is not missed.
   */
  async waitForLayout(runs: number) {
    await this.page.waitForFunction((n) => (window.__atlasView?.layoutRuns ?? 0) >= n, runs, { timeout: 20_000 });
  }

  /** The labels drawn, as cytoscape renders them (after the label pass that follows a layout or a move). */
  async labels() {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return this.page.evaluate(() => window.__atlasView!.labels());
  }

  nodeIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__atlasView!.nodeIds());
  }

  hasClass(id: string, cls: string): Promise<boolean> {
    return this.page.evaluate(([i, c]) => window.__atlasView!.hasClass(i!, c!), [id, cls]);
  }

  async nodePosition(id: string) {
    const p = await this.page.evaluate((i) => window.__atlasView!.pagePosition(i), id);
    if (!p) throw new Error(`node ${id} is not in the network view`);
    return p;
  }

  async clickNode(id: string) {
    const p = await this.nodePosition(id);
    await this.page.mouse.click(p.x, p.y);
  }

  async doubleClickNode(id: string) {
    const p = await this.nodePosition(id);
    await this.page.mouse.dblclick(p.x, p.y);
  }

  /** Type into a combobox and choose the option whose text starts with `option`. */
  async pick(box: Locator, text: string, option: string | RegExp) {
    await box.fill(text);
    const name = typeof option === "string" ? new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) : option;
    await this.page.getByRole("option", { name }).first().click();
  }

  async expectSelected(name: string) {
    await expect(this.details.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }

  async shownCounts(): Promise<{ nodes: number; total: number; edges: number }> {
    const text = (await this.counts.textContent()) ?? "";
    const m = /Showing (\d+) of (\d+) nodes · (\d+) of/.exec(text);
    if (!m) throw new Error(`unexpected counts text: ${text}`);
    return { nodes: Number(m[1]), total: Number(m[2]), edges: Number(m[3]) };
  }
}
