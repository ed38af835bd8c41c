import { expect, test } from "./fixtures";

/** The criticality the server computes for a node (the browser computes its own in a worker: they must agree). */
async function serverCriticality(request: import("@playwright/test").APIRequestContext, id: string) {
  const body = await (await request.get(`/api/node/${id}`)).json();
  return body.criticality as {
    heading: string;
    loss: number;
    rank: number;
    of: number;
    capabilities: { id: string; label: string; loss: number }[];
    inputsHit: { id: string; label: string; loss: number }[];
    nationsHit: { id: string; label: string; loss: number }[];
    explanation: string;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pct = (x: number) => (Math.round(x * 1000) / 10 === 0 ? "0%" : `−${Math.round(x * 1000) / 10}%`);

test.describe("criticality", () => {
  test("GET /api/node/tsmc returns its criticality: every final capability, inputs and nations hit", async ({ request }) => {
    const c = await serverCriticality(request, "tsmc");
    expect(c.heading).toBe("If TSMC stopped supplying");
    expect(c.capabilities.map((f) => f.id)).toEqual(["frontier-model-training", "ai-compute-capacity", "hyperscale-cloud", "gpu-cloud"]);
    expect(c.loss).toBeGreaterThan(0);
    // Among the top firms: the top 5% (see lib/scenario/criticality-curated.test.ts for why not "top 10" since the 2026.12 refresh).
    expect(c.rank).toBeLessThanOrEqual(Math.ceil(c.of * 0.05));
    expect(c.inputsHit.map((x) => x.id)).toContain("leading-edge-logic");
    expect(c.nationsHit.map((x) => x.id)).toContain("TWN");
    const metrics = await (await request.get("/api/metrics")).json();
    expect(metrics.nodes.tsmc.criticality.loss).toBe(c.loss);
    expect(typeof metrics.nodes.tsmc.pagerank).toBe("number");
  });

  test("TSMC's Details say what stopping it costs each final capability, what it hits and what the measure is", async ({ explorer, page, request }) => {
    const c = await serverCriticality(request, "tsmc");
    await explorer.goto("node=tsmc");
    await explorer.expectSelected("TSMC");
    const block = explorer.details.getByRole("region", { name: "Criticality" });
    await expect(block).toContainText("If TSMC stopped supplying:");
    const lost = block.getByRole("list", { name: "Final capabilities lost" });
    for (const f of c.capabilities) await expect(lost.getByRole("listitem").filter({ hasText: f.label })).toContainText(pct(f.loss));
    await expect(block).toContainText(`#${c.rank} of ${c.of} firms`);
    await expect(block.getByLabel("Inputs hit")).toContainText(`Inputs hit (${c.inputsHit.length})`);
    await expect(block.getByLabel("Nations hit")).toContainText(`Nations hit (${c.nationsHit.length})`);
    await expect(block).toContainText("what the world loses in the short term if its supply stops");
    // An input hit is a link to it.
    await block.getByLabel("Inputs hit").getByRole("button", { name: new RegExp(`^${escape(c.inputsHit[0]!.label)}`) }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]node=${c.inputsHit[0]!.id}`));
    await explorer.goto("node=tsmc");
    await expect(explorer.details.getByRole("region", { name: "Criticality" })).toBeVisible();
    await explorer.details.screenshot({ path: "test-results/criticality-details-tsmc.png" });
  });

  test("the table sorted by criticality puts TSMC, ASML or NVIDIA in the top three firms", async ({ explorer, page }) => {
    await explorer.goto("view=table&kinds=firm&isolated=1");
    const table = page.getByRole("region", { name: "Table view" });
    const grid = table.getByRole("table", { name: "Nodes shown" });
    // Wait for the worker's values, then sort (numeric columns sort largest first).
    await expect(grid.getByRole("row").filter({ hasText: /^TSMC/ }).first().locator("td").last()).toHaveText(/%$/);
    await grid.getByRole("button", { name: /^Criticality/ }).click();
    await expect(grid.getByRole("columnheader", { name: /Criticality/ })).toHaveAttribute("aria-sort", "descending");
    const top3 = (await grid.getByRole("row").locator("td:first-child").allTextContents()).slice(0, 3);
    expect(top3.some((name) => ["TSMC", "ASML", "NVIDIA"].includes(name)), `top three: ${top3.join(", ")}`).toBe(true);
    // Largest first.
    const values = (await grid.getByRole("row").locator("td:last-child").allTextContents()).slice(0, 10).map((t) => Number(t.replace("%", "")));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  test("criticality is the default size: the most critical node shown is drawn largest, a node that costs nothing smallest", async ({ explorer, page, request }) => {
    const metrics = await (await request.get("/api/metrics")).json();
    const loss = (id: string): number | undefined => metrics.nodes[id]?.criticality?.loss;
    await explorer.goto();
    await expect(explorer.controls.getByRole("combobox", { name: "Size by" })).toHaveValue("criticality");
    const shown = (await explorer.nodeIds()).filter((id) => loss(id) !== undefined);
    const byLoss = shown.sort((a, b) => loss(b)! - loss(a)!);
    const top = byLoss[0]!;
    const bottom = byLoss[byLoss.length - 1]!;
    expect(loss(top)!).toBeGreaterThan(loss(bottom)!);
    const size = async (id: string) => (await page.evaluate((i) => window.__atlasView!.data(i), id))!.size;
    await expect.poll(() => size(top)).toBe(64);
    expect(await size(bottom)).toBe(18);
    await expect(explorer.controls.getByLabel("Metric explained")).toContainText("Criticality");
    // Sizes by kind only on request, and the link keeps it.
    await explorer.controls.getByRole("combobox", { name: "Size by" }).selectOption("kind");
    await expect(page).toHaveURL(/[?&]size=kind/);
  });
});
