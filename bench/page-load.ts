/**
 * `npx tsx bench/page-load.ts`: on a production build, the time from navigation until the network
 * is interactive (the first layout has finished and nodes respond to clicks), and the JavaScript
 * shipped for the home page (gzip, as served). Runs scripts/start.mjs on a free port (it builds
 * when the sources are newer than the last build), loads the page N times in Debian's chromium
 * with a cold cache each time, and prints the median and range. Targets: interactive < 1.5 s,
 * JS < 500 KB gzip. Writes bench/results/page-load.json.
 */
import { withProductionServer } from "./lib/prod-server";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = path.resolve(__dirname, "..");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  await withProductionServer(root, 240_000, async (base) => {
    const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    const browser = await chromium.launch({
      executablePath: existsSync(executablePath) ? executablePath : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const times: number[] = [];
    const layouts: number[] = [];
    const dom: number[] = [];
    let js = { files: 0, raw: 0, gzip: 0 };
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const scripts: Promise<{ raw: number; gzip: number }>[] = [];
      if (i === 0) {
        page.on("response", (res) => {
          if (res.request().resourceType() !== "script") return;
          // A body that can no longer be read (page closed meanwhile) counts as nothing.
          scripts.push(
            res
              .body()
              .then((b) => ({ raw: b.length, gzip: gzipSync(b).length }))
              .catch(() => ({ raw: 0, gzip: 0 })),
          );
        });
      }
      await page.goto(base, { waitUntil: "commit" });
      await page.waitForFunction(() => (window.__atlasView?.layoutRuns ?? 0) >= 1, null, { timeout: 30_000 });
      // Navigation start → end of the first layout, from the page's own clock.
      const t = await page.evaluate(() => ({ at: window.__atlasView!.firstLayoutAt, layout: window.__atlasView!.lastLayoutMs, domInteractive: performance.getEntriesByType("navigation")[0] ? (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domInteractive : 0 }));
      times.push(t.at);
      layouts.push(t.layout);
      dom.push(t.domInteractive);
      if (i === 0) {
        // Everything the home page loads, workers included, once the network is quiet.
        await page.waitForLoadState("networkidle");
        const sizes = await Promise.all(scripts);
        js = { files: sizes.length, raw: sizes.reduce((s, x) => s + x.raw, 0), gzip: sizes.reduce((s, x) => s + x.gzip, 0) };
      }
      await context.close();
    }
    await browser.close();
    const result = {
      runs: RUNS,
      interactiveMs: { median: Math.round(median(times)), min: Math.round(Math.min(...times)), max: Math.round(Math.max(...times)) },
      firstLayoutMs: Math.round(median(layouts)),
      domInteractiveMs: Math.round(median(dom)),
      js: { files: js.files, rawKB: Math.round(js.raw / 1024), gzipKB: Math.round(js.gzip / 1024) },
    };
    console.log("\nPage load (production build, headless chromium, 1280×800, cold cache)");
    console.log(`  time to interactive network: median ${result.interactiveMs.median} ms (min ${result.interactiveMs.min}, max ${result.interactiveMs.max}, ${RUNS} runs)  target < 1500 ms`);
    console.log(`    of which: DOM interactive at ${result.domInteractiveMs} ms, first layout ${result.firstLayoutMs} ms`);
    console.log(`  JavaScript for /: ${result.js.files} files, ${result.js.rawKB} KB raw, ${result.js.gzipKB} KB gzip  target < 500 KB gzip`);
    mkdirSync(path.join(root, "bench/results"), { recursive: true });
    writeFileSync(path.join(root, "bench/results/page-load.json"), JSON.stringify(result, null, 2));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
