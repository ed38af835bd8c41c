/**
 * One export, start to finish, in the browser: gather what is shown, serialize or draw it in steps
 * (yielding to the event loop so the page stays responsive), and hand back the file. The heavy
 * modules (serializers, jspdf) load on first use.
 */
import type { NetworkHandle } from "@/components/network/network-view";
import type { Background } from "@/lib/export/frame";
import { exportFilename, MIME_TYPES, type ExportFormat } from "@/lib/export/filename";
import type { BriefTable, MetricsTable, ProgressFn, ScenarioBrief } from "@/lib/export/types";
import type { AtlasGraph } from "@/lib/model/graph";
import { edgesAsOf } from "@/lib/model/queries";
import type { DatasetMeta } from "@/lib/model/schema";
import { serializeViewState, type ViewState } from "@/lib/view/url-state";
import type { Visible } from "@/lib/view/visible";
import { canvasMeasure, composePng, fitPng } from "./compose-png";

const PDF_IMAGE_MAX_SIDE = 1600;

export interface ExportContext {
  graph: AtlasGraph;
  visible: Visible;
  state: ViewState;
  meta?: DatasetMeta;
  network: NetworkHandle | null;
  /** Metric columns for the nodes CSV and the brief's key-metrics table. */
  metrics?: MetricsTable;
  /** Metric column that ranks the brief's key-metrics table (default: the first). */
  rankBy?: string;
  /** Tables that replace the brief's computed ones (e.g. lib/supply chokepoints). */
  tables?: BriefTable[];
  scenario?: ScenarioBrief;
}

export interface ExportSettings {
  /** The whole drawing of what is shown, or only the part in the viewport. */
  scope: "full" | "viewport";
  scale: 1 | 2 | 3 | 4;
  background: Background;
  title: string;
  includeTitle: boolean;
  includeLegend: boolean;
  includeSource: boolean;
  paper: "a4" | "letter";
}

/**
 * cytoscape multiplies an export's `scale` by its pixel ratio (components/network/network-view.tsx
 * sets it to min(2, devicePixelRatio)), so a "2×" export on a 2× screen would come out 4×. Asking
 * for scale ÷ pixel ratio gives exactly `scale` pixels per CSS pixel on every screen.
 */
function cytoscapePixelRatio(): number {
  return Math.min(2, window.devicePixelRatio || 1);
}

export interface ExportResult {
  blob: Blob;
  filename: string;
  /** Facts worth saying ("1600 × 1200 px", "3 pages"). */
  detail?: string;
}

export async function runExport(format: ExportFormat, ctx: ExportContext, settings: ExportSettings, onProgress: ProgressFn, signal?: AbortSignal): Promise<ExportResult> {
  const io = await import("@/lib/export");
  const { graph, visible, state } = ctx;
  const scope = { graph, visible, meta: ctx.meta };
  const totalEdges = edgesAsOf(graph, state.year).size;
  const view = { query: serializeViewState(state), description: io.describeView(graph, state) };
  const subtitle = `${view.description} · ${io.describeCounts(visible, graph.order, totalEdges)}`;
  const filename = exportFilename(state, format);
  const pieces = visible.nodes.size + visible.edges.size + 4;
  const text = async (parts: Iterable<string>) =>
    new Blob([await io.drainAsync(parts, { total: pieces, onProgress, step: "Writing", signal })], { type: MIME_TYPES[format] });
  // The table view hides the network: pictures then always show the whole drawing.
  const full = settings.scope === "full" || state.view === "table";
  const image = { full, scale: settings.scale / cytoscapePixelRatio(), background: io.BACKGROUNDS[settings.background] };
  const frameText = () => {
    const sources = io.citedSources(graph, visible);
    return {
      background: settings.background,
      title: settings.includeTitle ? settings.title : undefined,
      subtitle: settings.includeTitle ? subtitle : undefined,
      legend: settings.includeLegend ? io.legendEntries(graph, visible, state.color) : undefined,
      source: settings.includeSource ? { meta: ctx.meta, publishers: io.citedPublishers(sources) } : undefined,
    };
  };
  const needNetwork = () => {
    if (!ctx.network) throw new Error("the network view is not ready yet");
    return ctx.network;
  };

  switch (format) {
    case "nodes-csv":
      return { blob: await text(io.nodesCsvParts({ ...scope, metrics: ctx.metrics })), filename, detail: `${visible.nodes.size} rows` };
    case "edges-csv":
      return { blob: await text(io.edgesCsvParts(scope)), filename, detail: `${io.shownEdges(graph, visible).length} rows` };
    case "json":
      return { blob: await text(io.graphologyJsonParts({ ...scope, view })), filename };
    case "gexf":
      return { blob: await text(io.gexfParts({ ...scope, view })), filename };
    case "graphml":
      return { blob: await text(io.graphmlParts({ ...scope, view })), filename };
    case "png": {
      onProgress(0.1, "Drawing the network");
      await io.yieldToEventLoop();
      const net = await needNetwork().png(image);
      signal?.throwIfAborted();
      onProgress(0.6, "Adding title, legend and sources");
      await io.yieldToEventLoop();
      const blob = await composePng(net, { ...frameText(), scale: settings.scale });
      const size = io.pngSize(new Uint8Array(await blob.slice(0, 24).arrayBuffer()));
      onProgress(1, "Done");
      return { blob, filename, detail: `${size.width} × ${size.height} px` };
    }
    case "svg": {
      onProgress(0.1, "Drawing the network as vectors");
      await io.yieldToEventLoop();
      const net = await needNetwork().svg(image);
      signal?.throwIfAborted();
      onProgress(0.6, "Adding title, legend and sources");
      await io.yieldToEventLoop();
      const parsed = io.parseSvgRoot(net);
      const frame = io.layoutFrame({ ...frameText(), networkWidth: parsed.width / settings.scale, measure: canvasMeasure() });
      const svg = io.composeSvg({ network: net, frame, scale: settings.scale, background: settings.background, title: settings.includeTitle ? settings.title : "Interdependence Atlas network" });
      onProgress(1, "Done");
      return { blob: new Blob([svg], { type: MIME_TYPES.svg }), filename };
    }
    case "pdf": {
      onProgress(0.05, "Drawing the network");
      await io.yieldToEventLoop();
      const background = settings.background === "transparent" ? "white" : settings.background;
      const net = await needNetwork().png({ ...image, scale: 2 / cytoscapePixelRatio(), background: io.BACKGROUNDS[background] });
      // About 230 dpi across the text width of the page: sharp in print, small in the file.
      const png = new Uint8Array(await (await fitPng(net, PDF_IMAGE_MAX_SIDE)).arrayBuffer());
      signal?.throwIfAborted();
      onProgress(0.2, "Loading the PDF writer");
      const { buildBriefPdf } = await import("@/lib/export/pdf");
      const tables = ctx.tables ?? [
        ctx.metrics?.columns.length ? io.topNodesByMetric(graph, visible, ctx.metrics, ctx.rankBy ?? ctx.metrics.rankBy ?? ctx.metrics.columns[0]!.id) : io.topNodesByDegree(graph, visible),
        io.chokepointTable(graph, visible),
      ];
      const bytes = await buildBriefPdf(
        {
          title: settings.title,
          subtitle: view.description,
          counts: io.describeCounts(visible, graph.order, totalEdges),
          meta: ctx.meta,
          image: png.length ? { png, ...io.pngSize(png) } : undefined,
          legend: settings.includeLegend ? io.legendEntries(graph, visible, state.color) : undefined,
          tables,
          scenario: ctx.scenario,
          sources: io.citedSources(graph, visible),
          link: window.location.href,
          paper: settings.paper,
        },
        { onProgress: (f, step) => onProgress(0.2 + 0.8 * f, step), signal },
      );
      return { blob: new Blob([bytes], { type: MIME_TYPES.pdf }), filename };
    }
  }
}
