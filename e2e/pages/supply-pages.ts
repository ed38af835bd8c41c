import { expect, type Locator, type Page } from "@playwright/test";

/** A nation's dependency scorecard (/nation/<ISO3>): its headline figures, lens switch and quadrant chart. */
export class NationScorecardPage {
  readonly lensSwitch: Locator;
  readonly quadrant: Locator;
  readonly exposures: Locator;
  readonly leverage: Locator;
  readonly sources: Locator;

  constructor(readonly page: Page) {
    this.lensSwitch = page.getByRole("navigation", { name: "Attribution lens" });
    this.quadrant = page.getByTestId("quadrant-chart");
    this.exposures = page.getByRole("table", { name: "Top exposures" });
    this.leverage = page.getByRole("table", { name: "Leverage" });
    this.sources = page.getByRole("list", { name: "Sources" });
  }

  /** Open a scorecard; returns the HTTP status of the page. */
  async goto(code: string, lens?: string): Promise<number> {
    const res = await this.page.goto(`/nation/${code}${lens ? `?lens=${lens}` : ""}`);
    return res?.status() ?? 0;
  }

  figure(id: "foreign-dependence" | "leverage" | "diversification" | "orchestration"): Locator {
    return this.page.getByTestId(`figure-${id}`);
  }

  /** The figure's number as shown (e.g. "93.1%"), without the estimate mark. */
  async figureText(id: Parameters<NationScorecardPage["figure"]>[0]): Promise<string> {
    const text = (await this.figure(id).locator("[data-value]").textContent()) ?? "";
    return text.replace("~", "").trim();
  }

  /** The lens shown beside a figure (e.g. "by HQ"). */
  figureLens(id: Parameters<NationScorecardPage["figure"]>[0]): Locator {
    return this.figure(id).locator("[data-lens]");
  }

  points(): Locator {
    return this.quadrant.locator("[data-nation]");
  }

  currentPoint(): Locator {
    return this.quadrant.locator('[data-current="true"]');
  }

  async chooseLens(label: "Headquarters" | "Site location" | "Controlling owner") {
    await this.lensSwitch.getByRole("link", { name: label }).click();
    await expect(this.lensSwitch.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  }
}

/** The chokepoints ranking (/chokepoints): a sortable table of inputs by concentration. */
export class ChokepointsPage {
  readonly table: Locator;
  readonly lensSwitch: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table", { name: "Inputs by concentration" });
    this.lensSwitch = page.getByRole("navigation", { name: "Attribution lens" });
  }

  async goto(lens?: string): Promise<number> {
    const res = await this.page.goto(`/chokepoints${lens ? `?lens=${lens}` : ""}`);
    return res?.status() ?? 0;
  }

  row(input: string): Locator {
    return this.table.locator(`tbody tr[data-input="${input}"]`);
  }

  /** Input ids in the order shown. */
  order(): Promise<string[]> {
    return this.table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-input") ?? ""));
  }

  header(name: string): Locator {
    return this.table.getByRole("columnheader", { name });
  }

  async sortBy(name: string) {
    await this.header(name).getByRole("button").click();
  }
}
