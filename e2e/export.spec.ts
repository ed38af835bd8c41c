import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import Graph from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import type { Page } from "@playwright/test";
import { parseCsv } from "../lib/io/csv";
import { pngSize } from "../lib/export/png";
import { expect, test } from "./fixtures";
import { ExportPanel, type Downloaded } from "./pages/export-panel";

/** Every file downloaded here is kept for a person to look at. */
const OUT = "test-results/exports";
const SHOTS = "test-results/screenshots";
mkdirSync(OUT, { recursive: true });
mkdirSync(SHOTS, { recursive: true });
const keep = (f: Downloaded, prefix = "") => {
  const file = path.join(OUT, prefix + f.filename);
  writeFileSync(file, f.bytes);
  return file;
};

const FILTERED = "kinds=input,firm&layers=equipment";
/** The same view as the explorer writes it (fixed parameter order, encoded commas). */
const FILTERED_CANONICAL = "layers=equipment&kinds=input%2Cfirm";
const DATE = /\d{4}-\d{2}-\d{2}/.source;

/** Decode a PNG in the page; count pixels that differ from the background (the top-left pixel) and strongly red ones. */
async function inspectPng(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const bg = [px[0], px[1], px[2], px[3]];
    let differing = 0;
    let red = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (Math.abs(px[i]! - bg[0]!) + Math.abs(px[i + 1]! - bg[1]!) + Math.abs(px[i + 2]! - bg[2]!) + Math.abs(px[i + 3]! - bg[3]!) > 48) differing++;
      if (px[i]! > 180 && px[i + 1]! < 80 && px[i + 2]! < 80) red++;
    }
    return { width: bitmap.width, height: bitmap.height, background: bg, differing, red, fraction: differing / (bitmap.width * bitmap.height) };
  }, bytes.toString("base64"));
}

const csvRows = (text: string) => parseCsv(text, { comments: false }).records.map((r) => r.fields);

function pdfFacts(file: string) {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1],
    text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }),
  };
}

/** The nodes and edges shown, with labels, read from the page's automation hook. */
async function shownIds(page: Page) {
  return page.evaluate(() => ({ nodes: window.__atlasView!.nodeIds().sort(), edges: window.__atlasView!.edgeIds().sort() }));
}

test.describe("briefing exports", () => {
  test("a filtered view exports every format, holding exactly what is shown", async ({ explorer, page }) => {
    test.setTimeout(120_000);
    await explorer.goto(FILTERED);
    // The network metrics (computed in a worker) go into the nodes CSV and the brief.
    await expect(explorer.controls.getByRole("status", { name: "Metrics progress" })).toHaveCount(0);
    const counts = await explorer.shownCounts();
    const ids = await shownIds(page);
    expect(counts.nodes).toBe(ids.nodes.length);
    expect(counts.nodes).toBeLessThan(counts.total);
    const panel = new ExportPanel(page);
    await panel.open();
    await expect(panel.dialog).toContainText(`${counts.nodes} nodes`);
    await page.screenshot({ path: `${SHOTS}/export-panel.png` });

    // PNG, bare, of the viewport: exactly the network's size × scale; 2× is twice 1×.
    const box = (await page.getByTestId("network").boundingBox())!;
    await panel.setScope("viewport");
    await panel.include({ title: false, legend: false, source: false });
    await panel.setScale(1);
    const png1 = await panel.download("Export PNG");
    expect(png1.filename).toMatch(new RegExp(`^atlas-network-${DATE}\\.png$`));
    expect(pngSize(png1.bytes)).toEqual({ width: Math.round(box.width), height: Math.round(box.height) });
    await panel.setScale(2);
    const png2 = await panel.download("Export PNG");
    expect(pngSize(png2.bytes)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });
    const bare = await inspectPng(page, png2.bytes);
    expect(bare.background).toEqual([255, 255, 255, 255]);
    expect(bare.differing).toBeGreaterThan(2000);

    // PNG of the full drawing with title, legend and source line burned in, on a dark background, 3×.
    await panel.setScope("full");
    await panel.include({ title: true, legend: true, source: true });
    await panel.setTitle("Lithography & equipment <suppliers>");
    await panel.setBackground("dark");
    await panel.setScale(3);
    const framed = await panel.download("Export PNG");
    keep(framed, "filtered-");
    const f = await inspectPng(page, framed.bytes);
    expect(f.width).toBeGreaterThanOrEqual(720 * 3);
    expect(f.width % 3).toBe(0);
    expect(f.background).toEqual([11, 17, 32, 255]);
    expect(f.fraction).toBeGreaterThan(0.01);
    await panel.setScale(1);
    const framed1 = await panel.download("Export PNG");
    expect(pngSize(framed.bytes).width).toBe(pngSize(framed1.bytes).width * 3);

    // Transparent: corners stay transparent.
    await panel.setBackground("transparent");
    const clear = await inspectPng(page, (await panel.download("Export PNG")).bytes);
    expect(clear.background[3]).toBe(0);
    expect(clear.differing).toBeGreaterThan(1000);

    // SVG: parses in the browser, is vector text, holds the title (escaped), the legend, the source line and node labels.
    await panel.setBackground("white");
    await panel.setScale(2);
    const svg = await panel.download("Export SVG");
    expect(svg.filename).toMatch(new RegExp(`^atlas-network-${DATE}\\.svg$`));
    keep(svg, "filtered-");
    const parsed = await page.evaluate((text) => {
      const doc = new window.DOMParser().parseFromString(text, "image/svg+xml");
      const error = doc.querySelector("parsererror")?.textContent ?? null;
      const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
      return { error, root: doc.documentElement.nodeName, width: doc.documentElement.getAttribute("width"), texts };
    }, svg.text());
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    expect(parsed.texts).toContain("Lithography & equipment <suppliers>");
    expect(parsed.texts.some((t) => /^Interdependence Atlas · dataset \d{4}\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\) · sources: /.test(t))).toBe(true);
    expect(parsed.texts).toContain("Relations");
    const joined = parsed.texts.join(" ");
    expect(joined).toContain("ASML");
    expect(joined).not.toContain("TSMC"); // a fabrication firm: filtered out

    // PDF brief on A4: title, dataset version, tables and the cited publishers.
    await panel.setPaper("A4");
    const pdf = await panel.download("Export PDF");
    expect(pdf.filename).toMatch(new RegExp(`^atlas-network-${DATE}\\.pdf$`));
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const a4 = pdfFacts(keep(pdf, "filtered-"));
    expect(a4.size).toBe("595.28 x 841.89");
    expect(a4.pages).toBeGreaterThanOrEqual(2);
    expect(a4.text).toContain("Lithography & equipment <suppliers>");
    expect(a4.text).toMatch(/dataset \d{4}\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)/);
    expect(a4.text).toContain(`${counts.nodes} of ${counts.total} nodes`);
    expect(a4.text).toContain("Top nodes by PageRank");
    expect(a4.text).toContain("Chokepoints among the shown inputs");
    expect(a4.text).toContain("Emerging Technology Observatory");
    expect(a4.text).toContain(`Page ${a4.pages} of ${a4.pages}`);
    await panel.setPaper("Letter");
    expect(pdfFacts(keep(await panel.download("Export PDF"), "letter-")).size).toBe("612 x 792");

    // Nodes CSV: header and one row per shown node.
    const nodesCsv = await panel.download("Export CSV");
    expect(nodesCsv.filename).toMatch(new RegExp(`^atlas-network-${DATE}\\.csv$`));
    const nodeRows = csvRows(nodesCsv.text());
    expect(nodeRows[0]).toEqual([
      ...["id", "label", "kind", "layer", "hq_nation", "sources", "degree_shown", "in_degree_shown", "out_degree_shown"],
      // the network metrics of each node (computed on the whole network), as /api/metrics names them
      ...["degree", "inDegree", "outDegree", "weightedDegree", "betweenness", "pagerank", "closeness", "eigenvector", "community"],
    ]);
    expect(nodeRows.slice(1).map((r) => r[0]).sort()).toEqual(ids.nodes);
    expect(new Set(nodeRows.slice(1).map((r) => r[2]))).toEqual(new Set(["input", "firm"]));
    expect(new Set(nodeRows.slice(1).map((r) => r[3]))).toEqual(new Set(["equipment"]));

    // Edges CSV: one row per shown edge.
    const edgesCsv = await panel.download("Export edges CSV");
    expect(edgesCsv.filename).toMatch(new RegExp(`^atlas-network-${DATE}\\.edges\\.csv$`));
    const edgeRows = csvRows(edgesCsv.text());
    expect(edgeRows[0]).toEqual(["source", "target", "kind", "share", "basis", "year", "detail", "sources"]);
    expect(edgeRows.length - 1).toBe(counts.edges);

    // GEXF and GraphML re-parse (graphology's parsers, xmldom) to the same counts and attributes.
    for (const [name, parse, ext] of [
      ["Export GEXF", (t: string) => gexf.parse(Graph, t), "gexf"],
      ["Export GraphML", (t: string) => graphml.parse(Graph, t), "graphml"],
    ] as const) {
      const file = await panel.download(name);
      expect(file.filename).toMatch(new RegExp(`^atlas-network-${DATE}\\.${ext}$`));
      const errors: string[] = [];
      new XmlDomParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(file.text(), "application/xml");
      expect(errors).toEqual([]);
      const g = parse(file.text());
      expect(g.order).toBe(counts.nodes);
      expect(g.size).toBe(counts.edges);
      expect(g.nodes().sort()).toEqual(ids.nodes);
      expect(g.edges().sort()).toEqual(ids.edges);
      expect(g.getNodeAttributes("asml")).toMatchObject({ label: "ASML", kind: "firm", layer: "equipment", hq: "NLD" });
      const provides = g.edges().find((e) => g.getEdgeAttribute(e, "kind") === "provides" && typeof g.getEdgeAttribute(e, "share") === "number");
      expect(provides).toBeDefined();
      expect(typeof g.getEdgeAttribute(provides!, "sources")).toBe("string");
    }

    // graphology JSON: the subgraph with the dataset meta and the sources it cites.
    const json = await panel.download("Export JSON");
    expect(json.filename).toMatch(new RegExp(`^atlas-network-${DATE}\\.json$`));
    const data = JSON.parse(json.text());
    const g = new Graph({ multi: true, type: "directed" });
    g.import(data);
    expect(g.order).toBe(counts.nodes);
    expect(g.size).toBe(counts.edges);
    expect(data.attributes.meta.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(data.attributes.view.query).toBe(FILTERED_CANONICAL);
    const cited = new Set<string>();
    g.forEachNode((_n, a) => (a.sources as string[]).forEach((s) => cited.add(s)));
    g.forEachEdge((_e, a) => (a.sources as string[]).forEach((s) => cited.add(s)));
    expect(new Set(data.attributes.sources.map((s: { id: string }) => s.id))).toEqual(cited);
  });

  test("a focus view exports its neighbourhood under a focus file name", async ({ explorer, page }) => {
    await explorer.goto("focus=asml&depth=2");
    const counts = await explorer.shownCounts();
    const ids = await shownIds(page);
    const panel = new ExportPanel(page);
    await panel.open();
    await expect(panel.dialog.getByRole("textbox", { name: "Title" })).toHaveValue("AI supply chain: ASML and its dependencies");

    const png = await panel.download("Export PNG");
    expect(png.filename).toMatch(new RegExp(`^atlas-focus-asml-${DATE}\\.png$`));
    keep(png, "focus-");
    const px = await inspectPng(page, png.bytes);
    expect(px.width).toBeGreaterThanOrEqual(1440);
    expect(px.fraction).toBeGreaterThan(0.01);

    const svg = await panel.download("Export SVG");
    keep(svg, "focus-");
    const texts = await page.evaluate((text) => [...new window.DOMParser().parseFromString(text, "image/svg+xml").querySelectorAll("text")].map((t) => t.textContent).join(" "), svg.text());
    const labels = csvRows((await panel.download("Export CSV")).text())
      .slice(1)
      .map((r) => r[1]!);
    expect(labels.length).toBe(counts.nodes);
    // A focus view is small enough that every node is labelled: each label's first word is in the SVG.
    for (const label of labels) expect(texts).toContain(label.split(/\s+/)[0]!);

    const pdf = pdfFacts(keep(await panel.download("Export PDF"), "focus-"));
    expect(pdf.text).toContain("ASML");
    expect(pdf.text).toContain("Focus: ASML, upstream and downstream, 2 steps");

    const edges = csvRows((await panel.download("Export edges CSV")).text());
    expect(edges.length - 1).toBe(counts.edges);
    const json = JSON.parse((await panel.download("Export JSON")).text());
    expect(json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(ids.nodes);
    expect(json.edges.map((e: { key: string }) => e.key).sort()).toEqual(ids.edges);
  });

  test("a scenario view exports its diff, impact table and description, and nodes with their metrics", async ({ explorer, page, request }) => {
    const metrics = (await (await request.get("/api/metrics")).json()).nodes as Record<string, { pagerank: number }>;
    // Over the whole network, firms included (the folded first view shows inputs and nations).
    await explorer.goto("scenario=p.taiwan-strait&layout=fcose");
    await expect.poll(() => explorer.hasClass("TWN", "impacted")).toBe(true);
    // The metrics worker has finished once the details panel can rank nodes; wait for it.
    await expect(explorer.controls.getByRole("status", { name: "Metrics progress" })).toHaveCount(0);
    const counts = await explorer.shownCounts();
    const panel = new ExportPanel(page);

    const pdfFile = await panel.download("Export PDF");
    expect(pdfFile.filename).toMatch(new RegExp(`^atlas-scenario-taiwan-strait-${DATE}\.pdf$`));
    const pdf = pdfFacts(keep(pdfFile, "scenario-"));
    expect(pdf.text).toContain("Scenario: Taiwan Strait disruption");
    expect(pdf.text).toContain("A blockade or conflict in the Taiwan Strait");
    expect(pdf.text).toMatch(/Impact on the \d+ most affected nations \(site lens\)/);
    expect(pdf.text).toMatch(/Taiwan/);

    const png = await panel.download("Export PNG");
    keep(png, "scenario-");
    const px = await inspectPng(page, png.bytes);
    expect(px.fraction).toBeGreaterThan(0.01);
    // Impacted nodes are drawn in red: the picture holds strongly red pixels.
    expect(px.red).toBeGreaterThan(50);

    const rows = csvRows((await panel.download("Export CSV")).text());
    const header = rows[0]!;
    expect(header).toEqual(expect.arrayContaining(["id", "pagerank", "betweenness", "community"]));
    expect(rows.length - 1).toBe(counts.nodes);
    const id = header.indexOf("id");
    const pr = header.indexOf("pagerank");
    const asml = rows.find((r) => r[id] === "asml")!;
    expect(Number(asml[pr])).toBeCloseTo(metrics.asml!.pagerank, 12);

    // Every other format holds exactly what the scenario view shows.
    const ids = await shownIds(page);
    const svg = await panel.download("Export SVG");
    expect(svg.filename).toMatch(new RegExp(`^atlas-scenario-taiwan-strait-${DATE}\.svg$`));
    const svgText = await page.evaluate((t) => {
      const doc = new window.DOMParser().parseFromString(t, "image/svg+xml");
      return doc.querySelector("parsererror") ? null : [...doc.querySelectorAll("text")].map((e) => e.textContent).join(" ");
    }, svg.text());
    expect(svgText).toContain("Taiwan");
    expect(csvRows((await panel.download("Export edges CSV")).text()).length - 1).toBe(counts.edges);
    for (const [name, parse] of [
      ["Export GEXF", (t: string) => gexf.parse(Graph, t)],
      ["Export GraphML", (t: string) => graphml.parse(Graph, t)],
      ["Export JSON", (t: string) => Graph.from(JSON.parse(t))],
    ] as const) {
      const g = parse((await panel.download(name)).text());
      expect(g.nodes().sort(), name).toEqual(ids.nodes);
      expect(g.edges().sort(), name).toEqual(ids.edges);
    }
  });

  test("Copy link puts the absolute URL on the clipboard and it reopens the same view", async ({ explorer, page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await explorer.goto(`${FILTERED}&focus=euv-scanners&dir=up`);
    const counts = await explorer.shownCounts();
    const ids = await shownIds(page);
    const panel = new ExportPanel(page);
    const link = await panel.copyLink();
    expect(link).toBe(page.url());
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?/);
    expect(new URL(link).searchParams.get("focus")).toBe("euv-scanners");
    // Escape closes the panel without clearing the focus.
    await panel.close();
    await expect(page).toHaveURL(/focus=euv-scanners/);

    const other = await context.newPage();
    await other.goto(link);
    await other.waitForFunction(() => (window.__atlasView?.layoutRuns ?? 0) >= 1);
    await expect(other.getByRole("status", { name: "Counts shown" })).toHaveText((await explorer.counts.textContent())!);
    expect(await shownIds(other)).toEqual(ids);
    expect(counts.nodes).toBe(ids.nodes.length);
    await other.close();
  });

  test("the embed code shows the same view without chrome, and only /embed may be framed", async ({ explorer, page, context, request, baseURL }) => {
    await explorer.goto(FILTERED);
    const ids = await shownIds(page);
    const countsText = await explorer.counts.textContent();
    const panel = new ExportPanel(page);
    await panel.open();
    const code = await panel.embedCode();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?layers=equipment&amp;kinds=input%2Cfirm" title="Interdependence Atlas: [^"]+"/);
    const src = new XmlDomParser().parseFromString(code, "text/html").getElementsByTagName("iframe")[0]!.getAttribute("src")!;

    // The embed page itself: same nodes and counts, no header or side panels, a link back and the source line.
    const embed = await page.context().newPage();
    await embed.goto(src);
    await embed.waitForFunction(() => (window.__atlasView?.layoutRuns ?? 0) >= 1);
    expect(await shownIds(embed)).toEqual(ids);
    await expect(embed.getByRole("status", { name: "Counts shown" })).toHaveText(countsText!);
    await expect(embed.getByRole("banner")).toHaveCount(0);
    await expect(embed.getByRole("region", { name: "Controls" })).toHaveCount(0);
    await expect(embed.getByRole("combobox", { name: "Search" })).toHaveCount(0);
    const open = embed.getByRole("link", { name: /Open in Interdependence Atlas/ });
    await expect(open).toHaveAttribute("href", `/?${FILTERED_CANONICAL}`);
    await expect(open).toHaveAttribute("target", "_blank");
    await expect(embed.getByText(/^Interdependence Atlas · dataset \d{4}\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\) · sources: /)).toBeVisible();
    await embed.screenshot({ path: `${SHOTS}/embed.png` });
    await embed.close();

    // Headers: the app refuses framing; /embed allows any ancestor.
    for (const p of ["/", "/?focus=asml", "/api/graph", "/embedded", "/embed/x"]) {
      const res = await request.get(p, { maxRedirects: 0 });
      expect(res.headers()["x-frame-options"], p).toBe("DENY");
      // The full policy is checked in server.spec.ts; here its framing directive.
      expect(res.headers()["content-security-policy"], p).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    }
    for (const p of ["/embed", `/embed?${FILTERED}`]) {
      const res = await request.get(p);
      expect(res.status()).toBe(200);
      expect(res.headers()["x-frame-options"], p).toBeUndefined();
      expect(res.headers()["content-security-policy"], p).toMatch(/(^|; )frame-ancestors \*(;|$)/);
    }

    // And in a browser: a page on another origin can frame /embed but not the explorer. (The host page
    // is served by the test, so Chrome's local-network-access check needs the permission.)
    await context.grantPermissions(["local-network-access"]);
    const hostUrl = `${baseURL!.replace("127.0.0.1", "localhost")}/__host`;
    const host = await page.context().newPage();
    await host.route(hostUrl, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><iframe name="embed" src="${baseURL}/embed?${FILTERED}" width="900" height="600"></iframe><iframe name="app" src="${baseURL}/?${FILTERED}" width="900" height="600"></iframe>`,
      }),
    );
    await host.goto(hostUrl);
    const framed = host.frameLocator('iframe[name="embed"]');
    await expect(framed.getByRole("link", { name: /Open in Interdependence Atlas/ })).toBeVisible({ timeout: 20_000 });
    await expect(framed.getByRole("status", { name: "Counts shown" })).toHaveText(countsText!);
    // The refused frame shows the browser's error page, never the explorer.
    await expect.poll(() => host.frame({ name: "app" })?.url()).toMatch(/^chrome-error:/);
    await expect(host.frameLocator('iframe[name="app"]').getByRole("heading", { name: "Interdependence Atlas" })).toHaveCount(0);
    await host.close();
  });

  test("exports of the whole graph show progress and keep the page responsive", async ({ explorer, page }) => {
    await explorer.goto("isolated=1");
    const panel = new ExportPanel(page);
    await panel.open();
    await panel.setScale(4);
    // Record long main-thread tasks while the heaviest exports run, and whether a progress bar appeared.
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __sawProgress: boolean };
      w.__long = [];
      w.__sawProgress = false;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: "longtask", buffered: false });
      new MutationObserver(() => {
        if (document.querySelector('progress[aria-label="Export progress"]')) w.__sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const pdfPromise = panel.download("Export PDF");
    const pdf = pdfFacts(keep(await pdfPromise, "full-"));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    for (const name of ["Export GEXF", "Export GraphML", "Export JSON", "Export CSV"]) await panel.download(name);
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    test.info().annotations.push({ type: "long tasks (ms)", description: long.map((d) => Math.round(d)).join(", ") || "none" });
    expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(true);
    // The network drawing itself is one synchronous cytoscape call; everything else yields.
    expect(Math.max(0, ...long)).toBeLessThan(1500);
  });
});

test.describe("on a 2× screen", () => {
  test.use({ deviceScaleFactor: 2 });
  test("a 1× PNG still has one pixel per CSS pixel", async ({ explorer, page }) => {
    await explorer.goto(FILTERED);
    const box = (await page.getByTestId("network").boundingBox())!;
    const panel = new ExportPanel(page);
    await panel.open();
    await panel.setScope("viewport");
    await panel.include({ title: false, legend: false, source: false });
    await panel.setScale(1);
    expect(pngSize((await panel.download("Export PNG")).bytes)).toEqual({ width: Math.round(box.width), height: Math.round(box.height) });
  });
});

test("poppler is available for the PDF checks", () => {
  expect(existsSync("/usr/bin/pdftotext") && existsSync("/usr/bin/pdfinfo")).toBe(true);
});
