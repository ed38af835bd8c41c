import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

/** The scenario builder (explorer controls) and its results (below the network). */
export class ScenarioPanel {
  readonly builder: Locator;
  readonly preset: Locator;
  readonly shocks: Locator;
  readonly results: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.builder = page.getByRole("region", { name: "Scenario builder" });
    this.preset = this.builder.getByRole("combobox", { name: "Preset" });
    this.shocks = this.builder.getByRole("list", { name: "Shocks" }).getByRole("listitem");
    this.results = page.getByRole("region", { name: "Scenario results" });
    this.problems = page.getByRole("alert", { name: "Scenario problems" });
  }

  async choosePreset(id: string) {
    await expect(this.preset).toBeEnabled({ timeout: 20_000 });
    await this.preset.selectOption(id);
    await expect(this.results).toBeVisible();
  }

  button(name: string | RegExp) {
    return this.builder.getByRole("button", { name, exact: typeof name === "string" });
  }

  async apply() {
    await this.button("Apply scenario").click();
    await expect(this.button("Apply scenario")).toBeDisabled();
  }

  async tab(name: string) {
    await this.results.getByRole("tab", { name, exact: true }).click();
    return this.results.getByRole("tabpanel", { name });
  }

  impactTable() {
    return this.results.getByRole("table", { name: "Impact by nation and layer" });
  }

  /** Rows of the impact table as { nation, cells } (the cell texts, layer by layer). */
  async impactRows(): Promise<{ nation: string; mean: string; cells: string[] }[]> {
    const rows = this.impactTable().locator("tbody tr");
    const out: { nation: string; mean: string; cells: string[] }[] = [];
    for (const row of await rows.all()) {
      const nation = (await row.locator("th").innerText()).trim();
      const tds = (await row.locator("td").allInnerTexts()).map((t) => t.trim());
      out.push({ nation, mean: tds[0] ?? "", cells: tds.slice(1) });
    }
    return out;
  }

  async openFiles() {
    const details = this.builder.locator("details").filter({ hasText: "Save, export, import" });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  }

  async exportJson(): Promise<{ filename: string; text: string }> {
    await this.openFiles();
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.button("Export JSON").click()]);
    return { filename: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
  }

  async importJson(name: string, text: string) {
    await this.openFiles();
    await this.builder.getByLabel("Import scenario file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }
}
