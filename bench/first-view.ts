/**
 * `npx tsx bench/first-view.ts`: how fast the explorer paints its first view, beside a bare page
 * that draws the same elements with cytoscape and nothing else, as a ratio (production build,
 * headless chromium, 1440×900, cold cache, median of BENCH_RUNS runs, 5 by default).
 *
 * - Atlas: navigation start → the first layout done with its labels placed (the page's own
 *   `firstLayoutAt`), all the app's work included (data, view model, layout, label placement).
 * - Bare: navigation start → cytoscape's `layoutstop` on a static page that loads cytoscape and
 *   the same elements at the same positions (taken from the Atlas page), with one label per node
 *   and the default renderer.
 * Writes bench/results/first-view.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort, withProductionServer } from "./lib/prod-server";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = path.resolve(__dirname, "..");
const VIEWPORT = { width: 1440, height: 900 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function barePage(elements: object[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style></head>
<body><div id="cy"></div><script src="/cytoscape.min.js"></script><script>
const elements = ${JSON.stringify(elements).replace(/</g, "\\u003c")};
const cy = cytoscape({ container: document.getElementById("cy"), elements,
  style: [{ selector: "node", style: { label: "data(label)", "font-size": 12, width: "data(size)", height: "data(size)", "background-color": "data(color)" } },
          { selector: "edge", style: { width: 1, "line-color": "#94a3b8", "target-arrow-shape": "triangle", "curve-style": "bezier" } }],
  layout: { name: "preset", fit: true, padding: 44 } });
cy.one("layoutstop", () => requestAnimationFrame(() => { window.__bareAt = performance.now(); }));
cy.layout({ name: "preset", fit: true, padding: 44 }).run();
</script></body></html>`;
}

async function main() {
  let bare: ReturnType<typeof createServer> | undefined;
  await withProductionServer(root, 240_000, async (base) => {
    try {
    const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    const browser = await chromium.launch({
      executablePath: existsSync(executablePath) ? executablePath : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    /** Median first paint of an Atlas view, its drawn elements and labels, and the same drawing on a bare page. */
    const cyJs = readFileSync(path.join(root, "node_modules/cytoscape/dist/cytoscape.min.js"));
    const measure = async (query: string) => {
      const atlas: number[] = [];
      let elements: object[] = [];
      let labels = 0;
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        await page.goto(`${base}/${query}`, { waitUntil: "commit" });
        await page.waitForFunction(() => (window.__atlasView?.layoutRuns ?? 0) >= 1, null, { timeout: 60_000 });
        atlas.push(await page.evaluate(() => window.__atlasView!.firstLayoutAt));
        if (i === 0) {
          elements = await page.evaluate(() => window.__atlasView!.snapshot());
          labels = (await page.evaluate(() => window.__atlasView!.labels())).length;
        }
        await context.close();
      }
      // The bare reference: the same elements, the same positions, cytoscape alone.
      const html = barePage(elements.map((e) => ({ ...(e as Record<string, unknown>), classes: "" })));
      const barePort = freePort();
      bare = createServer((req, res) => {
        if (req.url === "/cytoscape.min.js") res.writeHead(200, { "content-type": "text/javascript" }).end(cyJs);
        else res.writeHead(200, { "content-type": "text/html" }).end(html);
      }).listen(barePort, "127.0.0.1");
      const reference: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${barePort}/`, { waitUntil: "commit" });
        await page.waitForFunction(() => typeof (window as unknown as { __bareAt?: number }).__bareAt === "number", null, { timeout: 60_000 });
        reference.push(await page.evaluate(() => (window as unknown as { __bareAt: number }).__bareAt));
        await context.close();
      }
      bare.close();
      const nodes = elements.filter((e) => (e as { group?: string }).group === "nodes").length;
      return {
        elements: { nodes, edges: elements.length - nodes },
        labelsShown: labels,
        atlasMs: Math.round(median(atlas)),
        atlasRange: [Math.round(Math.min(...atlas)), Math.round(Math.max(...atlas))],
        bareCytoscapeMs: Math.round(median(reference)),
        bareRange: [Math.round(Math.min(...reference)), Math.round(Math.max(...reference))],
        ratio: +(median(atlas) / median(reference)).toFixed(2),
      };
    };
    const views = {
      firstView: await measure(""),
      // The previous default: the whole network, force-directed (positions computed on the server).
      forceDirected: await measure("?layout=fcose"),
    };
    await browser.close();
    const result = { runs: RUNS, viewport: VIEWPORT, ...views };
    console.log("\nFirst view (production build, headless chromium, 1440×900, cold cache)");
    for (const [name, v] of Object.entries(views)) {
      console.log(`  ${name === "firstView" ? "layered first view (default)" : "force-directed, whole network (the previous default)"}: ${v.elements.nodes} nodes, ${v.elements.edges} edges, ${v.labelsShown} labels`);
      console.log(`    Atlas painted:                median ${v.atlasMs} ms (${RUNS} runs; ${v.atlasRange.join("–")})`);
      console.log(`    bare cytoscape, same drawing: median ${v.bareCytoscapeMs} ms (${v.bareRange.join("–")})`);
      console.log(`    ratio Atlas / bare: ${v.ratio}×`);
    }
    mkdirSync(path.join(root, "bench/results"), { recursive: true });
    writeFileSync(path.join(root, "bench/results/first-view.json"), JSON.stringify(result, null, 2));
    } finally {
      bare?.close();
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
