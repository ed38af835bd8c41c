import { expect, test } from "./fixtures";

test.describe("one model of dependency", () => {
  test("TSMC's Details list EUV scanners upstream and ESMC under what it owns, never its ESMC partners as dependencies", async ({ explorer, page }) => {
    await explorer.goto("node=tsmc");
    await explorer.expectSelected("TSMC");
    const dependsOn = explorer.details.getByRole("list", { name: "Depends on" });
    await expect(dependsOn.getByRole("button", { name: "EUV lithography scanners" })).toBeVisible();
    await expect(dependsOn.getByRole("listitem").filter({ has: page.getByRole("button", { name: "EUV lithography scanners", exact: true }) })).toContainText(
      "needed for Leading-edge logic foundry",
    );
    await expect(dependsOn.getByRole("listitem").filter({ has: page.getByRole("button", { name: "ASML", exact: true }) })).toContainText("supplies EUV lithography scanners");
    for (const partner of ["Robert Bosch", "Infineon", "NXP", "United States", "Japan", "Germany"]) {
      await expect(dependsOn.getByRole("button", { name: partner, exact: true })).toHaveCount(0);
    }
    await expect(explorer.details.getByRole("list", { name: "Owns" }).getByRole("button", { name: /ESMC/ })).toBeVisible();
    // ESMC's owners: TSMC and its three partners, listed as ownership.
    await explorer.details.getByRole("list", { name: "Owns" }).getByRole("button", { name: /ESMC/ }).click();
    const ownedBy = explorer.details.getByRole("list", { name: "Owned by" });
    for (const owner of ["TSMC", "Infineon", "NXP"]) await expect(ownedBy.getByRole("button", { name: new RegExp(owner) })).toBeVisible();
    await expect(page).toHaveURL(/[?&]node=esmc/);
  });

  test("a focus on TSMC upstream draws its supply chain, not its sites; its other relations on request", async ({ explorer, page }) => {
    await explorer.goto("focus=tsmc&node=tsmc&dir=up&depth=2");
    await expect(page.getByText(/Showing what TSMC depends on/)).toBeVisible();
    await explorer.waitForLayout(1);
    const ids = await explorer.nodeIds();
    expect(ids).toContain("euv-scanners");
    expect(ids).toContain("asml");
    expect(ids).toContain("NLD");
    expect(ids).not.toContain("bosch");
    const before = await explorer.shownCounts();
    await page.getByRole("checkbox", { name: /Also its other relations/ }).check();
    await expect(page).toHaveURL(/[?&]rel=1/);
    await expect.poll(async () => (await explorer.shownCounts()).edges).toBeGreaterThan(before.edges);
  });

  test("GET /api/node/tsmc: dependencies with share paths, relations by heading, metrics; 404 and 400 with messages", async ({ request }) => {
    const res = await request.get("/api/node/tsmc");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.attributes).toMatchObject({ kind: "firm", label: "TSMC" });
    expect(body.depth).toBe(2);
    const nld = body.upstream.find((d: { node: string }) => d.node === "NLD");
    expect(nld).toMatchObject({ depth: 2, path: ["euv-scanners", "NLD"], shares: [null, 100] });
    expect(body.upstream.some((d: { node: string }) => ["bosch", "infineon", "nxp"].includes(d.node))).toBe(false);
    expect(body.relations.find((s: { heading: string }) => s.heading === "Owns").items.map((i: { id: string }) => i.id)).toContain("esmc");
    expect(typeof body.metrics.pagerank).toBe("number");
    const missing = await request.get("/api/node/TSMC");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toContain('no node "TSMC"');
    expect((await request.get("/api/node/tsm.*")).status()).toBe(404);
    const bad = await request.get("/api/node/tsmc?depth=9");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain("depth");
  });
});
