import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test.describe("metrics in the explorer", () => {
  test("sizing and colouring by a metric change the view", async ({ explorer, page, request }) => {
    const api = await (await request.get("/api/metrics")).json();
    const pr = api.nodes as Record<string, { pagerank: number; community: number }>;
    // The whole network, firms included (the folded first view draws inputs and nations).
    await explorer.goto("layout=fcose");
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

/** A seeded random directed graph in graphology JSON (keys "0"…), ~5 arcs per node. */
function randomGraphJson(n: number, seed: number): string {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const edges: { source: string; target: string }[] = [];
  for (let e = 0; e < 5 * n; e++) {
    const u = Math.floor(rnd() * n);
    const v = Math.floor(rnd() * n);
    if (u !== v) edges.push({ source: String(u), target: String(v) });
  }
  return JSON.stringify({ options: { type: "directed", multi: true }, nodes: Array.from({ length: n }, (_, i) => ({ key: String(i) })), edges });
}

test.describe("analysing a file in the browser", () => {
  test("every metric equal to networkx, betweenness and closeness split over the cores", async ({ page }) => {
    const fixture = JSON.parse(readFileSync("lib/metrics/__fixtures__/random-directed-1000.json", "utf8"));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/analyze");
    await page.getByLabel("Graph file").setInputFiles({ name: "random-1000.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(fixture.graph)) });
    await expect(page.getByLabel("File analysed")).toContainText("random-1000.json: 1,000 nodes, 5,000 edges");
    const figures = page.getByLabel("Network figures");
    await expect(figures).toBeVisible({ timeout: 60_000 });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    if (cores >= 2) await expect(page.getByText(new RegExp(`split over ${Math.min(cores, 16)} cores`))).toBeVisible();
    await expect(figures).toContainText(String(fixture.expected.graph.components));
    await page.screenshot({ path: "test-results/analyze-file.png", fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
    const analysis = JSON.parse(readFileSync((await download.path())!, "utf8"));
    const wrong: string[] = [];
    for (const [key, want] of Object.entries(fixture.expected.nodes as Record<string, Record<string, number>>)) {
      const got = analysis.nodes[key];
      for (const [metric, tol] of [["betweenness", 1e-9], ["closeness", 1e-9], ["pagerank", 1e-5], ["eigenvector", 1e-5], ["degree", 0]] as const) {
        if (!(Math.abs(got[metric] - want[metric]!) <= tol)) wrong.push(`${key}.${metric}: ${got[metric]} vs networkx ${want[metric]}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // The table ranks by betweenness: its first row is networkx's top node.
    const top = Object.entries(fixture.expected.nodes as Record<string, { betweenness: number }>).sort((a, b) => b[1].betweenness - a[1].betweenness)[0]![0];
    await expect(page.getByRole("table", { name: "Top nodes" }).getByRole("row").nth(1).getByRole("cell").first()).toHaveText(top);
    expect(errors).toEqual([]);
  });

  test("shows progress per chunk on every core and cancels at once, keeping nothing of the run", async ({ page }) => {
    await page.goto("/analyze");
    await page.getByLabel("Graph file").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(randomGraphJson(6000, 7)) });
    const status = page.getByRole("status", { name: "Metrics progress" });
    await expect(status).toContainText(/Computing metrics/);
    const bar = status.getByRole("progressbar", { name: "Metrics computed" });
    // Progress advances chunk by chunk while betweenness and closeness run.
    await expect.poll(async () => Number(await bar.getAttribute("value")), { timeout: 60_000 }).toBeGreaterThan(0.2);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    if (cores >= 2) await expect(status).toContainText("cores");
    await page.screenshot({ path: "test-results/analyze-progress.png" });
    await status.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("status", { name: "Metrics cancelled" })).toContainText("Metrics cancelled.");
    await expect(status).toHaveCount(0);
    await expect(page.getByLabel("Network figures")).toHaveCount(0);
  });

  test("a bad file gets a message naming the field, and a sample states its error bound", async ({ page }) => {
    await page.goto("/analyze");
    const bad = JSON.stringify({ nodes: [{ key: "a" }], edges: [{ source: "a", target: "zz" }] });
    await page.getByLabel("Graph file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(bad) });
    await expect(page.getByRole("alert").filter({ hasText: "Metrics failed" })).toContainText('Metrics failed: edges[0].target: unknown node "zz"');

    await page.getByRole("combobox", { name: "Betweenness computation" }).selectOption("256");
    await page.getByLabel("Graph file").setInputFiles({ name: "g.json", mimeType: "application/json", buffer: Buffer.from(randomGraphJson(1500, 3)) });
    await expect(page.getByLabel("Sampling error bound")).toContainText(/Estimated from 256 of 1,500 sources \(seed 42\): every node's value is within ±0\.\d+/);
    await expect(page.getByRole("note", { name: "Betweenness is estimated" })).toContainText(/an estimate from 256 of 1,500 sources \(seed 42\): within ±0\.\d+ of the exact value for every node with 95% confidence \(guaranteed bound\)/, { timeout: 60_000 });
  });
});

test("sampled betweenness in the explorer is off by default, and states its bound when chosen", async ({ explorer, page }) => {
  await explorer.goto("size=betweenness");
  const controls = explorer.controls;
  const choice = controls.getByRole("combobox", { name: "Betweenness computation" });
  await expect(choice).toHaveValue("");
  await expect(controls.getByRole("note", { name: "Betweenness is estimated" })).toHaveCount(0);
  await choice.selectOption("64");
  await expect(controls.getByLabel("Sampling error bound")).toContainText(/Estimated from 64 of \d+ sources/);
  await expect(controls.getByRole("note", { name: "Betweenness is estimated" })).toContainText(/an estimate from 64 of \d+ sources/);
  await expect(controls.getByLabel("Metric explained")).toContainText("estimated from 64 sampled sources");
  await controls.getByRole("region", { name: "Metrics" }).screenshot({ path: "test-results/explorer-sampled.png" });
  await choice.selectOption("");
  await expect(controls.getByRole("note", { name: "Betweenness is estimated" })).toHaveCount(0);
  await expect(page.getByRole("status", { name: "Metrics progress" })).toHaveCount(0);
});
