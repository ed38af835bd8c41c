import { expect, test } from "./fixtures";

test.describe("metrics in the explorer", () => {
  test("sizing and colouring by a metric change the view", async ({ explorer, page, request }) => {
    const api = await (await request.get("/api/metrics")).json();
    const pr = api.nodes as Record<string, { pagerank: number; community: number }>;
    await explorer.goto();
    const defaultSize = (await page.evaluate(() => window.__atlasView!.data("tsmc")))!.size;
    await explorer.controls.getByRole("combobox", { name: "Size by" }).selectOption("pagerank");
    await expect(page).toHaveURL(/size=pagerank/);
    // The node with the highest PageRank is drawn largest, the lowest smallest.
    const shown = await explorer.nodeIds();
    const byRank = shown.filter((id) => pr[id]).sort((a, b) => pr[b]!.pagerank - pr[a]!.pagerank);
    const top = byRank[0]!;
    const bottom = byRank[byRank.length - 1]!;
    await expect.poll(async () => (await page.evaluate((id) => window.__atlasView!.data(id), top))!.size).toBe(64);
    expect((await page.evaluate((id) => window.__atlasView!.data(id), bottom))!.size).toBe(18);
    expect((await page.evaluate(() => window.__atlasView!.data("tsmc")))!.size).not.toBe(defaultSize);
    await expect(explorer.controls.getByLabel("Metric explained")).toContainText("nx.pagerank");

    await explorer.controls.getByRole("combobox", { name: "Colour by" }).selectOption("community");
    await expect(page).toHaveURL(/color=community/);
    // Nodes of one Louvain community share a colour; two communities differ.
    const [a, b] = shown.filter((id) => pr[id]).reduce<[string | undefined, string | undefined]>(
      ([x, y], id) => [x ?? (pr[id]!.community === 0 ? id : undefined), y ?? (pr[id]!.community === 1 ? id : undefined)],
      [undefined, undefined],
    );
    const colour = async (id: string) => (await page.evaluate((i) => window.__atlasView!.data(i), id))!.color;
    await expect.poll(() => colour(a!)).not.toBe(await colour(b!));
    await expect(page.getByRole("group", { name: "Legend" }).or(page.getByLabel("Legend"))).toContainText("community");
  });

  test("the metrics table ranks nodes by any metric, with the values of /api/metrics", async ({ explorer, page, request }) => {
    const api = await (await request.get("/api/metrics")).json();
    const nodes = api.nodes as Record<string, { betweenness: number; pagerank: number }>;
    await explorer.goto("view=table&kinds=firm");
    const table = page.getByRole("region", { name: "Table view" });
    await table.getByRole("tab", { name: "Metrics" }).click();
    const grid = table.getByRole("table", { name: "Network metrics of the nodes shown" }).or(table.locator("table"));
    await expect(grid.getByRole("columnheader", { name: /PageRank/ })).toHaveAttribute("aria-sort", "descending");
    await grid.getByRole("button", { name: /^Betweenness/ }).click();
    await expect(grid.getByRole("columnheader", { name: /Betweenness/ })).toHaveAttribute("aria-sort", "descending");
    const firstNames = (await grid.getByRole("row").locator("td:first-child").allTextContents()).slice(0, 5);
    const idByLabel = new Map(
      await page.evaluate(() => window.__atlasView!.nodeIds().map((id) => [String(window.__atlasView!.data(id)!.label), id] as [string, string])),
    );
    const shown = [...idByLabel.values()];
    const expected = shown
      .sort((x, y) => nodes[y]!.betweenness - nodes[x]!.betweenness)
      .slice(0, 5)
      .map((id) => nodes[id]!.betweenness);
    const got = firstNames.map((name) => nodes[idByLabel.get(name)!]!.betweenness);
    expect(got).toEqual(expected);
    await expect(table.getByText("What these measure")).toBeVisible();
  });

  test("the details panel gives a node's metrics and rank", async ({ explorer, request }) => {
    const api = await (await request.get("/api/metrics")).json();
    await explorer.goto("node=asml");
    const m = explorer.details.getByRole("table", { name: "Network metrics" });
    await expect(m.getByRole("row", { name: /^Degree/ })).toContainText(String(api.nodes.asml.degree));
    await expect(m.getByRole("row", { name: /^PageRank/ })).toContainText(/#\d+ of \d+/);
  });
});
