import { mkdirSync } from "node:fs";
import { expect, test } from "./fixtures";

const SHOTS = "test-results/screenshots";
mkdirSync(SHOTS, { recursive: true });

test.describe("explorer", () => {
  test("loads the curated network with its dataset version", async ({ explorer, page }) => {
    await explorer.goto();
    await expect(page.getByRole("heading", { name: "Interdependence Atlas" })).toBeVisible();
    // The first view is the layered supply chain with providers folded (e2e/readable.spec.ts);
    // the whole network is one layout away.
    await expect(explorer.counts).toContainText("Providers folded into rings");
    const runs = await explorer.layoutRuns();
    await page.getByRole("combobox", { name: "Layout" }).selectOption("fcose");
    await explorer.waitForLayout(runs + 1);
    await expect(page).toHaveURL(/layout=fcose/);
    const ids = await explorer.nodeIds();
    expect(ids.length).toBeGreaterThan(150);
    expect(ids).toEqual(expect.arrayContaining(["asml", "tsmc", "NLD", "euv-scanners"]));
    const counts = await explorer.shownCounts();
    expect(counts.nodes).toBe(ids.length);
    // Nodes without any relation (e.g. EU members present only as bloc members) are hidden by default.
    expect(counts.total).toBeGreaterThan(counts.nodes);
    await explorer.controls.getByRole("checkbox", { name: "Show unconnected nodes" }).check();
    await expect.poll(async () => (await explorer.shownCounts()).nodes).toBe(counts.total);
    await explorer.controls.getByRole("checkbox", { name: "Show unconnected nodes" }).uncheck();
    await expect.poll(async () => (await explorer.shownCounts()).nodes).toBe(counts.nodes);
    await expect(explorer.details.getByText(/^2026\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)$/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/main-view.png` });
  });

  test("search selects a node, centres it and shows its details", async ({ explorer, page }) => {
    await explorer.goto();
    await explorer.search.fill("extreme ultra");
    await expect(page.getByRole("option").first()).toContainText("EUV lithography scanners");
    await explorer.search.press("Enter");
    await explorer.expectSelected("EUV lithography scanners");
    await expect(page).toHaveURL(/[?&]node=euv-scanners/);
    expect(await explorer.hasClass("euv-scanners", "selected")).toBe(true);
    // Providers with their shares and sources; depends on / depended on by.
    await expect(explorer.details.getByRole("table", { name: "Providers (firms)" }).getByRole("row", { name: /ASML\s+100%/ })).toBeVisible();
    await expect(explorer.details.getByRole("list", { name: "Depends on" }).getByRole("button", { name: "ASML" })).toBeVisible();
    await expect(explorer.details.getByRole("list", { name: "Depended on by" }).getByRole("button", { name: "Leading-edge logic foundry" })).toBeVisible();
    await expect(explorer.details.getByRole("link", { name: /Emerging Technology Observatory/ }).first()).toHaveAttribute("href", /^https:\/\//);
    // The selected node is centred in the network view.
    const p = await explorer.nodePosition("euv-scanners");
    const box = (await page.getByTestId("network").boundingBox())!;
    await expect.poll(async () => Math.abs((await explorer.nodePosition("euv-scanners")).x - (box.x + box.width / 2))).toBeLessThan(5);
    expect(p).toBeTruthy();
  });

  test("a talent flow on two bases is two relations, each with its own basis and sample", async ({ explorer }) => {
    await explorer.goto("node=CHN&year=2020");
    await explorer.expectSelected("China");
    const sends = explorer.details.locator("details").filter({ has: explorer.page.locator("summary", { hasText: /^Talent sent to \(\d+\)$/ }) });
    await expect(sends).toHaveAttribute("open", "");
    const toUsa = sends.getByRole("listitem").filter({ has: explorer.page.getByRole("button", { name: "United States", exact: true }) });
    // MacroPolo, NeurIPS 2019 sample: 27% of the US workforce studied in China; 56% of China's undergraduates are in the US.
    await expect(toUsa.filter({ hasText: "27% of the top-tier AI researchers working at institutions in the destination" })).toContainText("2019");
    await expect(toUsa.filter({ hasText: "56% of the top-tier AI researchers who earned their undergraduate degree in the origin" })).toContainText("2019");
    // The 2022 sample is not in force as of 2020.
    await expect(toUsa.filter({ hasText: "38%" })).toHaveCount(0);
  });

  test("clicking a node in the network selects it; Escape clears", async ({ explorer, page }) => {
    await explorer.goto("layout=flow");
    await explorer.clickNode("asml");
    await explorer.expectSelected("ASML");
    await page.keyboard.press("Escape");
    await expect(explorer.details.getByRole("heading", { name: "The AI supply chain, as a graph" })).toBeVisible();
    await expect(page).toHaveURL(/\/\?layout=flow$/);
  });

  test("filters hide node kinds, layers and edge kinds, and count what is shown", async ({ explorer, page }) => {
    await explorer.goto("layout=fcose");
    const before = await explorer.shownCounts();
    const runs = await explorer.layoutRuns();
    await explorer.controls.getByRole("group", { name: "Node kinds" }).getByRole("checkbox", { name: /Firm/ }).uncheck();
    await explorer.waitForLayout(runs + 1);
    const ids = await explorer.nodeIds();
    expect(ids).not.toContain("tsmc");
    expect(ids).toContain("euv-scanners");
    const after = await explorer.shownCounts();
    expect(after.nodes).toBeLessThan(before.nodes);
    expect(after.nodes).toBe(ids.length);
    await expect(page).toHaveURL(/kinds=nation%2Cinput%2Cbloc|kinds=nation,input,bloc/);

    await explorer.controls.getByRole("group", { name: "Layers" }).getByRole("checkbox", { name: /Talent/ }).uncheck();
    await expect.poll(() => explorer.nodeIds()).not.toContain("ai-researchers");
    await explorer.controls.getByRole("group", { name: "Relations" }).getByRole("checkbox", { name: /Requires/ }).uncheck();
    await expect.poll(async () => (await page.evaluate(() => window.__atlasView!.edgeIds())).some((e) => e.startsWith("requires:"))).toBe(false);

    await explorer.controls.getByRole("button", { name: "Reset filters" }).click();
    await expect.poll(async () => (await explorer.shownCounts()).nodes).toBe(before.nodes);
  });

  test("focus shows a node's upstream or downstream neighbourhood", async ({ explorer, page }) => {
    await explorer.goto("node=euv-scanners");
    const unfocused = (await explorer.shownCounts()).nodes;
    await explorer.details.getByRole("button", { name: /^Focus on / }).click();
    await expect(page).toHaveURL(/focus=euv-scanners/);
    await explorer.controls.getByRole("radio", { name: /Upstream/ }).check();
    await expect.poll(() => explorer.nodeIds()).toContain("asml");
    let ids = await explorer.nodeIds();
    expect(ids).not.toContain("leading-edge-logic");
    expect(ids.length).toBeLessThan(30);

    await explorer.controls.getByRole("radio", { name: /Downstream/ }).check();
    await expect.poll(() => explorer.nodeIds()).toContain("leading-edge-logic");
    ids = await explorer.nodeIds();
    expect(ids).not.toContain("asml");
    await expect(page).toHaveURL(/dir=down/);

    const oneHop = ids.length;
    const runs = await explorer.layoutRuns();
    await explorer.controls.getByRole("radio", { name: "2" }).check();
    await expect.poll(async () => (await explorer.nodeIds()).length).toBeGreaterThan(oneHop);
    await expect(explorer.counts).toContainText("focus: EUV lithography scanners");
    await explorer.waitForLayout(runs + 1);
    await page.screenshot({ path: `${SHOTS}/focus-view.png` });

    await explorer.controls.getByRole("button", { name: "Clear focus" }).click();
    await expect.poll(async () => (await explorer.shownCounts()).nodes).toBe(unfocused);
  });

  test("hovering a node highlights its neighbours and fades the rest", async ({ explorer, page }) => {
    // Sizes by kind, as this test was written for: sized by criticality (the default since), ASML is
    // drawn larger than the 8 px between nodes of the flow layout's firm column and its neighbours
    // overlap it (reported to the layout's owner).
    await explorer.goto("layout=flow&size=kind");
    const p = await explorer.nodePosition("asml");
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => explorer.hasClass("asml", "hovered")).toBe(true);
    expect(await explorer.hasClass("euv-scanners", "neighbour")).toBe(true);
    expect(await explorer.hasClass("hbm", "faded")).toBe(true);
    await page.mouse.move(5, 400);
    await expect.poll(() => explorer.hasClass("hbm", "faded")).toBe(false);
  });

  test("double-clicking a node focuses on it", async ({ explorer, page }) => {
    await explorer.goto("layout=flow");
    await explorer.doubleClickNode("asml");
    await expect(page).toHaveURL(/focus=asml/);
    await expect(explorer.counts).toContainText("focus: ASML");
  });

  test("path finder lists and highlights the shortest dependency paths", async ({ explorer, page }) => {
    await explorer.goto();
    await explorer.pick(page.getByRole("combobox", { name: "Path from" }), "leading-edge", "Leading-edge logic foundry");
    await explorer.pick(page.getByRole("combobox", { name: "Path to" }), "asml", "ASML");
    await expect(page).toHaveURL(/from=leading-edge-logic&to=asml/);
    const result = explorer.controls.getByRole("list", { name: "Shortest paths" });
    // The foundry requires EUV scanners, which ASML provides: two steps.
    await expect(explorer.controls.getByRole("status").filter({ hasText: /shortest paths?, 2 steps/ })).toBeVisible();
    await expect(result).toContainText("Leading-edge logic foundry requires → EUV lithography scanners provided by → ASML");
    expect(await explorer.hasClass("euv-scanners", "on-path")).toBe(true);
    expect(await explorer.hasClass("asml", "on-path")).toBe(true);
    expect(await explorer.hasClass("nvidia", "on-path")).toBe(false);
    // Reversed, the dependency does not hold: ASML does not depend on the foundry.
    await page.getByRole("combobox", { name: "Path direction" }).selectOption("down");
    await expect(explorer.controls.getByText(/No dependency path/)).toBeVisible();
  });

  test("table view lists what is shown, sorts, and follows the selection", async ({ explorer, page }) => {
    await explorer.goto("kinds=input");
    await page.getByRole("button", { name: "Table" }).click();
    const table = page.getByRole("region", { name: "Table view" });
    const counts = await explorer.shownCounts();
    await expect(table.getByRole("row")).toHaveCount(counts.nodes + 1);
    await table.getByRole("button", { name: /^Name/ }).click();
    const names = await table.getByRole("row").locator("td:first-child").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await table.getByRole("button", { name: /^Name/ }).click();
    const desc = await table.getByRole("row").locator("td:first-child").allTextContents();
    expect(desc).toEqual([...names].reverse());

    await table.getByRole("row", { name: /^High-bandwidth memory/ }).click();
    await explorer.expectSelected("High-bandwidth memory (HBM)");
    await expect(table.getByRole("row", { selected: true })).toContainText("High-bandwidth memory");
    await table.getByRole("tab", { name: /Edges/ }).click();
    await expect(table.getByRole("row").nth(1)).toBeVisible();
  });

  test("a reload or a pasted link restores the exact view", async ({ explorer, page }) => {
    await explorer.goto();
    await explorer.pick(explorer.search, "TSMC", "TSMC");
    await explorer.details.getByRole("button", { name: "Focus on TSMC" }).click();
    await explorer.controls.getByRole("radio", { name: "2" }).check();
    await explorer.controls.getByRole("radio", { name: /Upstream/ }).check();
    await page.getByRole("combobox", { name: "Layout" }).selectOption("flow");
    await explorer.controls.getByRole("group", { name: "Layers" }).getByRole("checkbox", { name: /Talent/ }).uncheck();
    await expect(page).toHaveURL(/layers=/);
    const ids = (await explorer.nodeIds()).sort();
    const url = page.url();

    await page.reload();
    await explorer.waitForLayout(1);
    expect(page.url()).toBe(url);
    await explorer.expectSelected("TSMC");
    await expect(explorer.counts).toContainText("focus: TSMC");
    await expect(page.getByRole("combobox", { name: "Layout" })).toHaveValue("flow");
    await expect(explorer.controls.getByRole("radio", { name: /Upstream/ })).toBeChecked();
    await expect(explorer.controls.getByRole("radio", { name: "2" })).toBeChecked();
    await expect(explorer.controls.getByRole("group", { name: "Layers" }).getByRole("checkbox", { name: /Talent/ })).not.toBeChecked();
    expect((await explorer.nodeIds()).sort()).toEqual(ids);
  });

  test("Back and Forward step through view changes", async ({ explorer, page }) => {
    await explorer.goto();
    await explorer.pick(explorer.search, "ASML", "ASML");
    await explorer.expectSelected("ASML");
    await explorer.pick(explorer.search, "TSMC", "TSMC");
    await explorer.expectSelected("TSMC");
    await page.goBack();
    await explorer.expectSelected("ASML");
    await page.goForward();
    await explorer.expectSelected("TSMC");
  });

  test("the year control shows the network as of a year", async ({ explorer, page }) => {
    // Over the whole network (the folded first view draws only what requires what).
    await explorer.goto("layout=fcose");
    const latest = await explorer.shownCounts();
    await explorer.controls.getByRole("checkbox", { name: "Latest data" }).uncheck();
    await explorer.controls.getByRole("slider", { name: "Year" }).fill("2019");
    await expect(page).toHaveURL(/year=2019/);
    await expect(explorer.counts).toContainText("as of 2019");
    await expect.poll(async () => (await explorer.shownCounts()).edges).toBeLessThan(latest.edges);
  });

  test("a stale link says what it skipped and still opens", async ({ explorer, page }) => {
    await explorer.goto("node=no-such-node&layout=spiral&layers=design");
    const alert = page.getByRole("alert").filter({ hasText: "Parts of this link were skipped" });
    await expect(alert).toContainText('no node "no-such-node"');
    await expect(alert).toContainText('unknown layout "spiral"');
    await expect(explorer.controls.getByRole("group", { name: "Layers" }).getByRole("checkbox", { name: /Chip design/ })).toBeChecked();
    await expect(explorer.controls.getByRole("group", { name: "Layers" }).getByRole("checkbox", { name: /Fabrication/ })).not.toBeChecked();
  });

  test("dark theme restyles the page and is remembered", async ({ explorer, page }) => {
    await explorer.goto();
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await explorer.waitForLayout(1);
    await page.screenshot({ path: `${SHOTS}/main-view-dark.png` });
  });

  test("the API serves the dataset as graphology JSON", async ({ request }) => {
    const res = await request.get("/api/graph");
    expect(res.ok()).toBe(true);
    const g = await res.json();
    expect(g.options).toMatchObject({ type: "directed", multi: true });
    expect(g.attributes.meta.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    const asml = g.nodes.find((n: { key: string }) => n.key === "asml");
    expect(asml.attributes).toMatchObject({ kind: "firm", label: "ASML", layer: "equipment", hq: "NLD" });
    const euv = g.edges.find((e: { source: string; target: string; attributes: { kind: string } }) => e.source === "asml" && e.target === "euv-scanners" && e.attributes.kind === "provides");
    expect(euv.attributes).toMatchObject({ kind: "provides", share: 100 });
  });
});
