import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { ExplorerPage } from "./pages/explorer-page";

/**
 * Importing one's own network in the explorer (components/import): by the file chooser, a CSV
 * pair through the column-mapping step, a GEXF, a GraphML and an ETO folder, each shown with its
 * counts and its metrics (PageRank as networkx computes it: e2e/fixtures/import/expected.json);
 * a broken file gives the error report while the previous graph stays; the import survives a
 * reload; "Back to the curated Atlas" restores the curated data.
 */
const DIR = "e2e/fixtures/import";
const NX = JSON.parse(readFileSync(`${DIR}/expected.json`, "utf8")) as Record<string, { pagerank: Record<string, number>; betweenness: Record<string, number> }>;

async function choose(page: Page, files: string[]) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import a network" });
  await expect(dialog).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await dialog.getByRole("button", { name: "Choose files…" }).click();
  await (await chooser).setFiles(files.map((f) => path.join(DIR, f)));
}

/** After a successful import: the report, then the graph. */
async function showImported(page: Page, nodes: number, edges: number) {
  const done = page.getByRole("dialog", { name: "Imported" });
  await expect(done).toContainText(`${nodes} nodes, ${edges} edges`);
  await done.getByRole("button", { name: "Show the graph" }).click();
  await expect(done).toBeHidden();
}

/** The node's row of a metric in Details, as shown (3 significant digits). */
async function metricShown(explorer: ExplorerPage, label: string, metric: string) {
  await explorer.pick(explorer.search, label, label);
  await explorer.expectSelected(label);
  const row = explorer.details.getByRole("table", { name: "Network metrics" }).getByRole("row", { name: new RegExp(`^${metric}`) });
  return (await row.locator("td").nth(1).textContent())?.trim();
}

/** A metric as the explorer prints it (components/metrics formatMetric): integers as they are, else 3 significant digits. */
const shown = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(3));

const banner = (page: Page) => page.getByRole("region", { name: "Imported graph" });

test.describe("importing a network", () => {
  test("a CSV pair through the column mapping, with labels as text and networkx's PageRank", async ({ explorer, page }) => {
    await explorer.goto();
    await choose(page, ["csv/nodes.csv", "csv/edges.csv"]);
    const mapping = page.getByRole("dialog", { name: "Map the CSV columns" });
    const edges = mapping.getByRole("region", { name: "Columns of edges.csv" });
    await expect(edges.getByRole("combobox", { name: "Source" })).toHaveValue("from");
    await expect(edges.getByRole("combobox", { name: "Target" })).toHaveValue("to");
    // The weight column has no usual name: the user maps it, and the preview names it.
    await edges.getByRole("combobox", { name: "Weight" }).selectOption("strength");
    await expect(edges.getByRole("table", { name: "Preview of edges.csv" }).getByRole("columnheader", { name: "strength weight" })).toBeVisible();
    await expect(mapping.getByRole("region", { name: "Columns of nodes.csv" }).getByRole("combobox", { name: "Id" })).toHaveValue("id");
    await expect(mapping.getByRole("radio", { name: /directed \(source → target\)/ })).toBeChecked();
    await page.screenshot({ path: "test-results/import-csv-mapping.png" });
    await mapping.getByRole("button", { name: "Import nodes.csv and edges.csv" }).click();
    await showImported(page, 6, 8);

    await expect(banner(page)).toContainText("Imported: nodes.csv and edges.csv — 6 nodes, 8 edges");
    await expect(explorer.counts).toContainText("Showing 6 of 6 nodes");
    expect((await explorer.nodeIds()).sort()).toEqual(["a", "b", "c", "d", "e", "f"]);
    // Weighted PageRank over the mapped weight column, as networkx computes it.
    await expect.poll(() => metricShown(explorer, "Delta Co", "PageRank")).toBe(shown(NX.csv!.pagerank.d!));
    expect(await metricShown(explorer, "Beta Works", "Betweenness")).toBe(shown(NX.csv!.betweenness.b!));
    // A label holding HTML is shown as text, never as markup.
    const gamma = "<img src=x onerror=alert(1)> Gamma";
    await explorer.pick(explorer.search, "Gamma", gamma);
    await explorer.expectSelected(gamma);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await page.screenshot({ path: "test-results/import-csv.png" });
  });

  test("a GEXF (undirected) and a GraphML (directed, weighted), then a broken file that changes nothing", async ({ explorer, page }) => {
    await explorer.goto();
    await choose(page, ["graph.gexf"]);
    await showImported(page, 7, 8);
    await expect(banner(page)).toContainText("Imported: graph.gexf — 7 nodes, 8 edges · network metrics only");
    await expect(explorer.counts).toContainText("Showing 7 of 7 nodes");
    await expect.poll(() => metricShown(explorer, "Mill", "PageRank")).toBe(shown(NX.gexf!.pagerank.n6!));
    expect(await metricShown(explorer, "Depot", "Betweenness")).toBe(shown(NX.gexf!.betweenness.n4!));

    await choose(page, ["graph.graphml"]);
    await showImported(page, 5, 5);
    await expect(banner(page)).toContainText("Imported: graph.graphml — 5 nodes, 5 edges");
    await expect.poll(() => metricShown(explorer, "Sink two", "PageRank")).toBe(shown(NX.graphml!.pagerank.t2!));
    const before = (await explorer.nodeIds()).sort();
    expect(before).toEqual(["m", "s1", "s2", "t1", "t2"]);

    // A GraphML cut in the middle: an error report naming the file and the element left open; nothing changes.
    await choose(page, ["broken.graphml"]);
    const failed = page.getByRole("dialog", { name: "Import failed" });
    const report = failed.getByRole("alert");
    await expect(report).toContainText("Nothing was imported: the graph on screen is unchanged");
    const errors = report.getByRole("table", { name: "Import errors" });
    await expect(errors.getByRole("row").nth(1)).toContainText("broken.graphml");
    await expect(errors.getByRole("row").nth(1)).toContainText(/line \d+/);
    await expect(errors).toContainText(/truncated|ends/i);
    await page.screenshot({ path: "test-results/import-broken.png" });
    await failed.getByRole("button", { name: "Close import" }).click();
    await expect(banner(page)).toContainText("Imported: graph.graphml — 5 nodes, 5 edges");
    expect((await explorer.nodeIds()).sort()).toEqual(before);
    await expect(explorer.counts).toContainText("Showing 5 of 5 nodes");
  });

  test("an ETO folder: provision as provides, goes_into as requires, a firm's country as headquarters; supply metrics apply", async ({ explorer, page }) => {
    await explorer.goto();
    await choose(page, ["eto/inputs.csv", "eto/providers.csv", "eto/provision.csv", "eto/sequence.csv"]);
    // 4 inputs, 3 nations (TWN from a firm's country), 3 firms; 7 provides, 3 headquartered_in, 3 requires.
    await showImported(page, 10, 13);
    await expect(banner(page)).toContainText("Imported: ETO folder (4 files) — 10 nodes, 13 edges · Atlas kinds: supply metrics apply");
    await expect(explorer.counts).toContainText("of 10 nodes");
    // Fab Co makes the widget, which needs etch tools and wafers: it depends on them (and their makers).
    await explorer.pick(explorer.search, "Fab Co", "Fab Co");
    await explorer.expectSelected("Fab Co");
    const upstream = explorer.details.getByRole("list", { name: "Depends on" });
    await expect(upstream).toContainText("Etch tools");
    await expect(upstream).toContainText("Wafers");
    await expect(explorer.details).toContainText("TWN");
    // The network metrics run (over the supply dependencies, as for the curated Atlas).
    await expect(explorer.details.getByRole("table", { name: "Network metrics" })).toBeVisible();
    await page.screenshot({ path: "test-results/import-eto.png" });
  });

  test("the import survives a reload, and the curated Atlas is one click away", async ({ explorer, page }) => {
    await explorer.goto();
    const curated = (await explorer.shownCounts()).total;
    await choose(page, ["graph.graphml"]);
    await showImported(page, 5, 5);
    await page.reload();
    await expect(banner(page)).toContainText("Imported: graph.graphml — 5 nodes, 5 edges");
    await expect(explorer.counts).toContainText("Showing 5 of 5 nodes");
    await banner(page).getByRole("button", { name: "Back to the curated Atlas" }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(async () => (await explorer.shownCounts()).total).toBe(curated);
    await page.reload();
    await explorer.waitForLayout(1);
    await expect(banner(page)).toBeHidden();
    expect((await explorer.shownCounts()).total).toBe(curated);
  });

  test("a long import shows its progress and can be cancelled, leaving the graph as it was", async ({ explorer, page }) => {
    await explorer.goto();
    const before = await explorer.shownCounts();
    // 400,000 edges of graphology JSON (about 17 MB): seconds of parsing in the worker.
    const n = 20_000;
    const edges = Array.from({ length: 400_000 }, (_, i) => `{"source":"n${i % n}","target":"n${(i * 7919 + 1) % n}"}`);
    const json = `{"options":{"type":"directed","multi":true},"nodes":[${Array.from({ length: n }, (_, i) => `{"key":"n${i}"}`).join(",")}],"edges":[${edges.join(",")}]}`;
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("dialog", { name: "Import a network" }).getByRole("button", { name: "Choose files…" }).click();
    await (await chooser).setFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(json) });
    const running = page.getByRole("dialog", { name: "Importing" });
    await expect(running.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
    await running.getByRole("button", { name: "Cancel" }).click();
    await expect(running).toBeHidden();
    await expect(banner(page)).toBeHidden();
    expect(await explorer.shownCounts()).toEqual(before);
  });

  test("files dropped on the page are imported", async ({ explorer, page }) => {
    await explorer.goto();
    const text = readFileSync(path.join(DIR, "graph.gexf"), "utf8");
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], "dropped.gexf", { type: "application/xml" }));
      return d;
    }, text);
    await page.dispatchEvent("main", "dragenter", { dataTransfer: dt });
    await page.dispatchEvent("main", "dragover", { dataTransfer: dt });
    await page.dispatchEvent("main", "drop", { dataTransfer: dt });
    await showImported(page, 7, 8);
    await expect(banner(page)).toContainText("Imported: dropped.gexf — 7 nodes, 8 edges");
  });
});
