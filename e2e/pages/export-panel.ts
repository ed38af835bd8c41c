import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

export interface Downloaded {
  filename: string;
  bytes: Buffer;
  text(): string;
}

/** The explorer's Export button and panel: options, downloads, copy link, embed code. */
export class ExportPanel {
  readonly trigger: Locator;
  readonly dialog: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.trigger = page.getByRole("banner").getByRole("button", { name: "Export", exact: true });
    this.dialog = page.getByRole("dialog", { name: "Export" });
    this.status = this.dialog.getByRole("status", { name: "Export status" });
  }

  async open() {
    if (!(await this.dialog.isVisible())) await this.trigger.click();
    await expect(this.dialog).toBeVisible();
  }

  async close() {
    await this.page.keyboard.press("Escape");
    await expect(this.dialog).toBeHidden();
  }

  async setScope(scope: "full" | "viewport") {
    await this.dialog.getByRole("radio", { name: scope === "full" ? /^Full graph/ : /^Current view/ }).check();
  }

  async setScale(scale: 1 | 2 | 3 | 4) {
    await this.dialog.getByRole("combobox", { name: "Scale" }).selectOption(String(scale));
  }

  async setBackground(bg: "white" | "dark" | "transparent") {
    await this.dialog.getByRole("combobox", { name: "Background" }).selectOption(bg);
  }

  async setTitle(title: string) {
    await this.dialog.getByRole("textbox", { name: "Title" }).fill(title);
  }

  /** Title, legend and source line on or off together, or one by one. */
  async include(parts: { title?: boolean; legend?: boolean; source?: boolean }) {
    const names = { title: "Include title", legend: "Include legend", source: "Include source line" } as const;
    for (const [k, on] of Object.entries(parts) as [keyof typeof names, boolean | undefined][]) {
      if (on === undefined) continue;
      await this.dialog.getByRole("checkbox", { name: names[k] }).setChecked(on);
    }
  }

  async setPaper(paper: "A4" | "Letter") {
    await this.dialog.getByRole("radio", { name: paper, exact: true }).check();
  }

  /** Click an export button ("Export PNG", "Export CSV"…) and return the downloaded file. */
  async download(name: string): Promise<Downloaded> {
    await this.open();
    const [download] = await Promise.all([this.page.waitForEvent("download", { timeout: 30_000 }), this.dialog.getByRole("button", { name, exact: true }).click()]);
    const path = await download.path();
    const bytes = readFileSync(path);
    await expect(this.status).toContainText(`Saved ${download.suggestedFilename()}`);
    return { filename: download.suggestedFilename(), bytes, text: () => bytes.toString("utf8") };
  }

  async copyLink(): Promise<string> {
    await this.open();
    await this.dialog.getByRole("button", { name: "Copy link", exact: true }).click();
    await expect(this.status).toHaveText("Link copied");
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  embedCode(): Promise<string> {
    return this.dialog.getByRole("textbox", { name: "Embed code" }).inputValue();
  }
}
