"use client";
/**
 * The one component that owns the cytoscape instance. It is created once and destroyed once;
 * elements are diffed into it inside a batch, layouts run only when the set of ids or the layout
 * changes, and emphasis (selection, hover, path, focus) is done with classes. Callers talk to it
 * through props and a small command handle, never through the instance.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from "react";
import type { CyElement } from "@/lib/view/elements";
import { stretchToAspect, type Point } from "@/lib/view/layouts";
import { FCOSE_OPTIONS } from "@/lib/view/fcose-options";
import type { LayoutName } from "@/lib/view/url-state";
import { LABEL_FONT, networkStylesheet, type Theme } from "./stylesheet";
import { placeLabels, type Box, type LabelCandidate, type Measure } from "@/lib/view/labels";

cytoscape.use(fcose);

export interface ImageOptions {
  /** The whole drawing (true) or the current viewport (false). */
  full: boolean;
  /** 1–4: pixels per CSS pixel. */
  scale: number;
  /** A CSS colour, or null for transparent. */
  background: string | null;
}

export interface NetworkHandle {
  fit(): void;
  center(id: string): void;
  /** The network as drawn now (classes, emphasis and all) as a PNG. */
  png(options: ImageOptions): Promise<Blob>;
  /** The same as an SVG document (vector; text stays text). */
  svg(options: ImageOptions): Promise<string>;
}

/** Space around the drawing when it is fitted: room for the top row of headers below the status line. */
const FIT_PADDING = 44;
/** The largest zoom a layout's fit may leave the view at. */
const MAX_FIT_ZOOM = 1.3;

let svgRegistered: Promise<void> | undefined;
/** cytoscape-svg reads `window` on import, so it is loaded on first use, in the browser. */
function registerSvg(): Promise<void> {
  svgRegistered ??= import("cytoscape-svg").then((m) => {
    cytoscape.use((m as { default: cytoscape.Ext }).default);
  });
  return svgRegistered;
}

export interface NetworkViewProps {
  elements: CyElement[];
  layout: LayoutName;
  /** Positions for the layouts computed outside cytoscape (layered supply chain, flow, by nation). */
  positions?: Record<string, Point>;
  /** Refit the view only when this changes (undefined: after every layout run). */
  fitKey?: string;
  /** Values ordering the concentric layout (higher = nearer the centre). */
  concentricValues?: Record<string, number>;
  /** Force-directed positions computed ahead (at build time) for some nodes: the first layout starts from them. */
  seedPositions?: Record<string, Point>;
  selected?: string;
  focusRoot?: string;
  pathNodes?: ReadonlySet<string>;
  pathEdges?: ReadonlySet<string>;
  /** Scenario diff: elements removed (greyed, dashed) and impact per node, 0–1 (red intensity). */
  removed?: ReadonlySet<string>;
  impact?: Readonly<Record<string, number>>;
  /** Follow another view's pan and zoom (side-by-side comparison), and report this one's. */
  viewport?: { zoom: number; pan: { x: number; y: number } };
  onViewportChange?: (v: { zoom: number; pan: { x: number; y: number } }) => void;
  theme: Theme;
  onSelect: (id: string | null) => void;
  onFocus: (id: string) => void;
  ref?: Ref<NetworkHandle>;
}

/** A read-only automation hook for end-to-end tests and scripted briefings. */
export interface AtlasViewHook {
  layoutRuns: number;
  /** Duration of the last layout in ms, and when the first one ended (performance.now()). */
  lastLayoutMs: number;
  firstLayoutAt: number;
  nodeIds(): string[];
  edgeIds(): string[];
  /** Position of a node in page coordinates (CSS pixels), or null when absent. */
  pagePosition(id: string): { x: number; y: number } | null;
  hasClass(id: string, cls: string): boolean;
  /** The element's data (label, colour, size, …) as drawn. */
  data(id: string): Record<string, unknown> | null;
  zoom(): number;
  /** The labels drawn now, as cytoscape renders them: text, font size on screen and box in page coordinates. */
  labels(): DrawnLabel[];
  /** The drawn elements as cytoscape JSON (data, positions, classes), for the benchmark's bare reference page. */
  snapshot(): object[];
}

export interface DrawnLabel {
  id: string;
  text: string;
  px: number;
  box: Box;
}

declare global {
  interface Window {
    __atlasView?: AtlasViewHook;
  }
}

function layoutOptions(
  name: LayoutName,
  first: boolean,
  positions: Record<string, Point> | undefined,
  concentricValues: Record<string, number> | undefined,
  fit = true,
): LayoutOptions {
  const common = { fit, padding: FIT_PADDING, animate: !first, animationDuration: 450 };
  switch (name) {
    case "chain":
    case "flow":
    case "nation":
      return { name: "preset", positions: (n: cytoscape.NodeSingular) => positions?.[n.id()] ?? { x: 0, y: 0 }, ...common } as LayoutOptions;
    case "concentric": {
      // Rings of 1, 2, 4, 8… nodes by rank of the metric: the highest-ranked node in the centre.
      const ring = new Map<string, number>();
      const ranked = Object.entries(concentricValues ?? {})
        .filter(([, v]) => Number.isFinite(v))
        .sort((a, b) => b[1] - a[1]);
      ranked.forEach(([id], i) => ring.set(id, Math.floor(Math.log2(i + 1))));
      const outer = ranked.length ? Math.floor(Math.log2(ranked.length)) + 1 : 0;
      return {
        name: "concentric",
        concentric: (n: cytoscape.NodeSingular) => -(ring.get(n.id()) ?? outer),
        levelWidth: () => 1,
        minNodeSpacing: 12,
        ...common,
      } as LayoutOptions;
    }
    case "fcose":
      return { ...FCOSE_OPTIONS, randomize: first, ...common } as LayoutOptions;

  }
}

const LABEL_CLASSES = "lbl-below lbl-right lbl-left lbl-above lbl-center";
const LABELLED_EDGES = ".incident, .on-path, .show-label";
/** Above this many nodes, labels are hidden while the view moves and placed when it rests. */
const LABELS_WHILE_MOVING_MAX = 2000;
/** Space between a node and its label on screen (px); the label pass keeps it at every zoom. */
const LABEL_GAP = 3;
const EDGE_PREFIX = "edge\u0000";
/** Bands of the canvas under the explorer's overlays (status line, legend button), kept free of labels. */
const LABEL_INSET = { top: 24, bottom: 40 };

/** A small offset (±20) derived from an id (FNV-1a), for placing a newcomer beside its neighbour deterministically. */
function offsetOf(id: string): [number, number] {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return [((h >>> 0) % 41) - 20, ((h >>> 16) % 41) - 20];
}

/** Text widths from the canvas, in the font cytoscape draws labels with (memoised). */
function canvasMeasure(): Measure {
  const ctx = document.createElement("canvas").getContext("2d");
  const cache = new Map<string, number>();
  return (text, px, bold) => {
    const key = `${px}|${bold ? "b" : ""}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (ctx) {
        ctx.font = `${bold ? "bold" : "normal"} ${px}px ${LABEL_FONT}`;
        w = ctx.measureText(text).width;
      } else w = text.length * px * 0.6;
      cache.set(key, w);
    }
    return w;
  };
}

/**
 * Decide which labels show and where (lib/view/labels.ts) for the view as drawn now, and set the
 * data and classes that draw them at a constant size on screen. In "model" mode (a full-drawing
 * export, rendered at zoom 1) positions are the model's and nothing is off screen.
 */
function labelPass(cy: Core, container: HTMLElement, measure: Measure, mode: "screen" | "model" = "screen") {
  const zoom = mode === "model" ? 1 : cy.zoom();
  const screen = mode === "screen";
  const pos = (n: cytoscape.NodeSingular) => (screen ? n.renderedPosition() : n.position());
  const nodes = cy.nodes();
  const regular = nodes.not(".group, .header");
  const n = regular.length;
  const largeUntil = Math.max(3, Math.round(n * 0.04));
  const forced: LabelCandidate[] = [];
  const fixed: LabelCandidate[] = [];
  /** Focus root, path, the nation lane, and nodes a scenario hits (most hit first). */
  const emphasised: { c: LabelCandidate; weight: number }[] = [];
  const edgeLabels: LabelCandidate[] = [];
  const rest: { c: LabelCandidate; prio: number }[] = [];
  // Column headers stay on one line; where neighbours crowd, one steps down a row (staggered).
  nodes.filter(".header").forEach((h) => {
    const p = pos(h);
    fixed.push({ id: h.id(), x: p.x, y: p.y, size: 0, label: String(h.data("label") ?? ""), placements: ["center", "down"], px: 13, bold: true, maxWidth: 160, clamp: true, overNodes: true });
  });
  nodes.filter(".group").forEach((g) => {
    const bb = screen ? g.renderedBoundingBox({ includeLabels: false }) : g.boundingBox({ includeLabels: false });
    fixed.push({ id: g.id(), x: (bb.x1 + bb.x2) / 2, y: bb.y1, size: 0, label: String(g.data("label") ?? ""), placements: ["above"], px: 12, bold: true });
  });
  regular.forEach((node) => {
    const p = pos(node);
    const size = screen ? node.renderedOuterWidth() : node.outerWidth();
    const prio = Number(node.data("prio") ?? n);
    const bold = node.hasClass("nation") || node.hasClass("selected");
    const c: LabelCandidate = { id: node.id(), x: p.x, y: p.y, size, label: String(node.data("label") ?? ""), large: prio < largeUntil, bold };
    if (node.hasClass("hovered")) forced.push({ ...c, forced: true, full: true });
    else if (node.hasClass("selected")) forced.push({ ...c, forced: true, large: true });
    // Emphasised labels may lie over other nodes (their halo keeps them legible), never over labels.
    else if (node.hasClass("focus-root") || node.hasClass("on-path") || node.hasClass("lane")) emphasised.push({ c: { ...c, overNodes: true }, weight: 2 });
    else if (node.hasClass("impacted")) emphasised.push({ c: { ...c, overNodes: true }, weight: Number(node.data("impact") ?? 0) });
    else rest.push({ c, prio });
  });
  cy.edges(LABELLED_EDGES).forEach((e) => {
    const text = String(e.data("label") ?? "");
    if (!text) return;
    const m = screen ? e.renderedMidpoint() : e.midpoint();
    edgeLabels.push({ id: EDGE_PREFIX + e.id(), x: m.x, y: m.y, size: 0, label: text, placements: ["center"], px: 11 });
  });
  rest.sort((a, b) => a.prio - b.prio);
  emphasised.sort((a, b) => b.weight - a.weight);
  const placed = placeLabels([...forced, ...fixed, ...emphasised.map((e) => e.c), ...edgeLabels, ...rest.map((r) => r.c)], {
    measure,
    // Clear of the status line above and the legend button below, which sit over the canvas.
    viewport: screen ? { x1: 0, y1: LABEL_INSET.top, x2: container.clientWidth, y2: container.clientHeight - LABEL_INSET.bottom } : undefined,
    // Cytoscape's label box: the text plus its outline (2 px) and 2 model units of margin of error.
    pad: 2.5 + 2 * zoom,
  });
  cy.batch(() => {
    nodes.removeClass(LABEL_CLASSES);
    cy.edges(LABELLED_EDGES).data({ elbl: "", fz: 11 / zoom, ow: 2 / zoom });
    for (const l of placed) {
      if (l.id.startsWith(EDGE_PREFIX)) {
        cy.getElementById(l.id.slice(EDGE_PREFIX.length)).data({ elbl: l.text, fz: l.px / zoom, ow: 2 / zoom });
        continue;
      }
      const ele = cy.getElementById(l.id);
      const gap = LABEL_GAP / zoom;
      const down = (l.box.y2 - l.box.y1) / zoom;
      const [mx, my] = { below: [0, gap], above: [0, -gap], right: [gap, 0], left: [-gap, 0], center: [0, 0], down: [0, down] }[l.placement];
      ele.data({ lbl: l.text, fz: l.px / zoom, ow: 2 / zoom });
      ele.style({ "text-margin-x": (mx ?? 0) + l.dx / zoom, "text-margin-y": my ?? 0 });
      ele.addClass(`lbl-${l.placement === "down" ? "center" : l.placement}`);
    }
  });
}

/** The labels cytoscape draws now, with its own rendered boxes (for tests and briefings). */
function drawnLabels(cy: Core, container: HTMLElement): DrawnLabel[] {
  const origin = container.getBoundingClientRect();
  const zoom = cy.zoom();
  const out: DrawnLabel[] = [];
  const add = (ele: cytoscape.SingularElementArgument, text: string) => {
    const bb = ele.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
    if (!(bb.w > 0 && bb.h > 0)) return;
    out.push({
      id: ele.id(),
      text,
      px: Number(ele.data("fz")) * zoom,
      box: { x1: origin.left + bb.x1, y1: origin.top + bb.y1, x2: origin.left + bb.x2, y2: origin.top + bb.y2 },
    });
  };
  cy.nodes(".lbl-below, .lbl-right, .lbl-left, .lbl-above, .lbl-center").forEach((n) => add(n, String(n.data("lbl"))));
  cy.edges(LABELLED_EDGES).forEach((e) => {
    const text = String(e.data("elbl") ?? "");
    if (text) add(e, text);
  });
  return out;
}

/** Labels for a full-drawing export (read at its own size, zoom 1), then those of the screen again. */
async function withExportLabels<T>(cy: Core, container: HTMLElement, measure: Measure, full: boolean, render: () => Promise<T>): Promise<T> {
  if (!full) return render();
  labelPass(cy, container, measure, "model");
  try {
    return await render();
  } finally {
    labelPass(cy, container, measure);
  }
}

export function NetworkView(props: NetworkViewProps) {
  const { elements, layout, positions, fitKey, concentricValues, seedPositions, selected, focusRoot, pathNodes, pathEdges, removed, impact, viewport, theme, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect: props.onSelect, onFocus: props.onFocus, onViewportChange: props.onViewportChange });
  const lastLayout = useRef<LayoutName | null>(null);
  const lastFitKey = useRef<string | undefined>(undefined);
  const aspect = useRef(0);
  const layoutRuns = useRef(0);
  const layoutTiming = useRef({ last: 0, firstAt: 0 });
  const applyingViewport = useRef(false);
  const themeRef = useRef(theme);
  const measureRef = useRef<Measure | null>(null);
  /** Re-place the labels on the next frame (after a layout, a viewport change, hover or emphasis). */
  const scheduleLabels = useRef<() => void>(() => {});

  useEffect(() => {
    callbacks.current = { onSelect: props.onSelect, onFocus: props.onFocus, onViewportChange: props.onViewportChange };
  });

  // Create once, destroy once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: networkStylesheet(themeRef.current),
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: "single",
      autounselectify: true,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: Math.min(2, window.devicePixelRatio || 1),
    });
    cyRef.current = cy;
    // A new instance has had no layout (React may mount twice in development).
    lastLayout.current = null;
    lastFitKey.current = undefined;
    const measure = canvasMeasure();
    measureRef.current = measure;
    let frame = 0;
    scheduleLabels.current = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!cy.destroyed()) labelPass(cy, container, measure);
      });
    };
    const schedule = () => scheduleLabels.current();
    // Large drawings: no labels while the view moves (placing thousands every frame would stall
    // panning); they are placed again once it rests.
    let idle: ReturnType<typeof setTimeout> | undefined;
    let moving = false;
    const onViewport = () => {
      if (cy.nodes().length <= LABELS_WHILE_MOVING_MAX) return schedule();
      if (!moving) cy.batch(() => cy.nodes().removeClass(LABEL_CLASSES));
      moving = true;
      clearTimeout(idle);
      idle = setTimeout(() => {
        moving = false;
        schedule();
      }, 150);
    };
    cy.on("viewport resize", onViewport);
    cy.on("tap", "node", (evt) => {
      const n = evt.target as cytoscape.NodeSingular;
      if (n.hasClass("group") || n.hasClass("header")) return;
      callbacks.current.onSelect(n.id());
    });
    cy.on("tap", (evt) => {
      if (evt.target === cy) callbacks.current.onSelect(null);
    });
    cy.on("dbltap", "node", (evt) => {
      const n = evt.target as cytoscape.NodeSingular;
      if (!n.hasClass("group") && !n.hasClass("header")) callbacks.current.onFocus(n.id());
    });
    cy.on("mouseover", "node", (evt) => {
      const n = evt.target as cytoscape.NodeSingular;
      if (n.hasClass("group") || n.hasClass("header") || cy.nodes().length > 3000) return;
      cy.batch(() => {
        cy.elements().addClass("faded");
        const hood = n.closedNeighborhood();
        hood.removeClass("faded").addClass("neighbour");
        n.addClass("hovered");
        n.ancestors().removeClass("faded");
      });
      container.style.cursor = "pointer";
      schedule();
    });
    cy.on("viewport", () => {
      if (applyingViewport.current) return;
      callbacks.current.onViewportChange?.({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    });
    const clearHover = () => {
      cy.batch(() => cy.elements().removeClass("faded neighbour hovered"));
      container.style.cursor = "";
      schedule();
    };
    cy.on("mouseout", "node", clearHover);
    // Leaving the canvas straight from a node fires no mouseout on the node.
    container.addEventListener("mouseleave", clearHover);
    window.__atlasView = {
      get layoutRuns() {
        return layoutRuns.current;
      },
      get lastLayoutMs() {
        return layoutTiming.current.last;
      },
      get firstLayoutAt() {
        return layoutTiming.current.firstAt;
      },
      nodeIds: () => cy.nodes().not(".group, .header").map((n) => n.id()),
      edgeIds: () => cy.edges().map((e) => e.id()),
      pagePosition: (id) => {
        const n = cy.getElementById(id);
        if (n.empty()) return null;
        const box = container.getBoundingClientRect();
        const p = n.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      hasClass: (id, cls) => cy.getElementById(id).hasClass(cls),
      data: (id) => {
        const e = cy.getElementById(id);
        return e.empty() ? null : { ...e.data() };
      },
      zoom: () => cy.zoom(),
      labels: () => drawnLabels(cy, container),
      snapshot: () => cy.elements().jsons() as unknown as object[],
    };
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(idle);
      container.removeEventListener("mouseleave", clearHover);
      cy.destroy();
      cyRef.current = null;
      if (window.__atlasView) delete window.__atlasView;
    };
  }, []);

  const runLayout = useCallback((cy: Core, options: LayoutOptions, name: LayoutName) => {
    const l = cy.layout(options);
    const started = performance.now();
    l.one("layoutstop", () => {
      // Fitting a handful of nodes would zoom in until labels are huge; stop at a readable zoom.
      if ((options as { fit?: boolean }).fit !== false && cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      // Labels are part of the picture: the layout counts as done once they are placed.
      const container = containerRef.current;
      if (container) labelPass(cy, container, measureRef.current!);
      const now = performance.now();
      layoutTiming.current.last = now - started;
      if (layoutRuns.current === 0) layoutTiming.current.firstAt = now;
      layoutRuns.current += 1;
      container?.setAttribute("data-layout-runs", String(layoutRuns.current));
    });
    l.run();
    lastLayout.current = name;
  }, []);

  // Diff elements in; run the layout when the id set or the layout changes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(elements.map((e) => [e.data.id, e]));
    let changed = false;
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        if (!wanted.has(ele.id()) && !ele.removed()) {
          ele.remove();
          changed = true;
        }
      });
      const toAdd: ElementDefinition[] = [];
      for (const el of elements) {
        const existing = cy.getElementById(el.data.id);
        if (existing.empty()) {
          // Label data until the label pass sets it for the zoom (the stylesheet maps fz, ow, elbl).
          toAdd.push({ group: el.group, data: { fz: 12, ow: 2, elbl: "", ...el.data }, classes: el.classes });
          changed = true;
        } else {
          const { parent, ...rest } = el.data as { parent?: string };
          existing.data(rest);
          existing.classes(el.classes ?? "");
          if (existing.isNode()) {
            const currentParent = existing.parent().length ? existing.parent()[0]!.id() : undefined;
            if (currentParent !== parent) {
              existing.move({ parent: parent ?? null });
              changed = true;
            }
          }
        }
      }
      // Parents first so children can join them.
      cy.add(toAdd.filter((e) => e.group === "nodes" && (e.data as { isGroup?: boolean }).isGroup));
      cy.add(toAdd.filter((e) => !(e.group === "nodes" && (e.data as { isGroup?: boolean }).isGroup)));
      cy.nodes(".header").ungrabify().unselectify();
    });
    if (changed || layout !== lastLayout.current) {
      let first = lastLayout.current === null;
      if (first && layout === "fcose" && seedPositions) {
        // Start from the positions computed at build time: when they cover every node, no physics is needed.
        let covered = 0;
        cy.nodes().forEach((n) => {
          const p = seedPositions[n.id()];
          if (p) {
            n.position(p);
            covered++;
          }
        });
        if (covered === cy.nodes().length) {
          runLayout(cy, { name: "preset", fit: true, padding: FIT_PADDING, animate: false } as LayoutOptions, layout);
          return;
        }
        if (covered > cy.nodes().length / 2) first = false;
      }
      if (!first && layout === "fcose") {
        // Place newcomers beside a neighbour already placed, so the incremental layout keeps the picture.
        cy.nodes().forEach((n) => {
          const p = n.position();
          if (p.x !== 0 || p.y !== 0) return;
          const placed = n.neighborhood().nodes().filter((m) => m.position().x !== 0 || m.position().y !== 0);
          const anchor = placed[0];
          if (anchor) {
            // An offset fixed by the id, so the same view always starts the same way.
            const [dx, dy] = offsetOf(n.id());
            n.position({ x: anchor.position().x + dx, y: anchor.position().y + dy });
          }
        });
      }
      const refit = fitKey === undefined || fitKey !== lastFitKey.current || layout !== lastLayout.current;
      lastFitKey.current = fitKey;
      // The layered drawing takes the shape of the canvas (fixed while the view stays the same).
      const container = containerRef.current;
      const stretch = layout === "chain" || layout === "flow";
      if (stretch && positions && container && container.clientHeight > 0 && (refit || aspect.current === 0)) {
        aspect.current = container.clientWidth / container.clientHeight;
      }
      const placed = stretch && positions && aspect.current > 0 ? stretchToAspect(positions, aspect.current * 0.95) : positions;
      runLayout(cy, layoutOptions(layout, first, placed, concentricValues, refit), layout);
    } else scheduleLabels.current();
  }, [elements, layout, positions, fitKey, concentricValues, seedPositions, runLayout]);

  // Emphasis by classes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass("selected incident focus-root on-path removed impacted");
      if (selected) {
        const n = cy.getElementById(selected);
        n.addClass("selected");
        n.connectedEdges().addClass("incident");
      }
      if (focusRoot) cy.getElementById(focusRoot).addClass("focus-root");
      pathNodes?.forEach((id) => cy.getElementById(id).addClass("on-path"));
      pathEdges?.forEach((id) => cy.getElementById(id).addClass("on-path"));
      removed?.forEach((id) => cy.getElementById(id).addClass("removed"));
      for (const [id, v] of Object.entries(impact ?? {})) {
        const n = cy.getElementById(id);
        if (n.empty() || !(v > 0)) continue;
        n.data("impact", Math.min(1, v));
        n.addClass("impacted");
      }
    });
    scheduleLabels.current();
  }, [elements, selected, focusRoot, pathNodes, pathEdges, removed, impact]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !viewport) return;
    applyingViewport.current = true;
    cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
    applyingViewport.current = false;
  }, [viewport]);

  useEffect(() => {
    themeRef.current = theme;
    cyRef.current?.style(networkStylesheet(theme));
  }, [theme]);

  useImperativeHandle(ref, () => ({
    png: async ({ full, scale, background }) => {
      const cy = cyRef.current;
      if (!cy) throw new Error("the network is not ready");
      return withExportLabels(cy, containerRef.current!, measureRef.current!, full, () => cy.png({ output: "blob-promise", full, scale, bg: background ?? undefined }));
    },
    svg: async ({ full, scale, background }) => {
      await registerSvg();
      const cy = cyRef.current as (Core & { svg(o: object): string }) | null;
      if (!cy) throw new Error("the network is not ready");
      return withExportLabels(cy, containerRef.current!, measureRef.current!, full, async () => cy.svg({ full, scale, bg: background ?? undefined }));
    },
    fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: FIT_PADDING }, duration: 300 }),
    center: (id: string) => {
      const cy = cyRef.current;
      const n = cy?.getElementById(id);
      if (!cy || !n || n.empty()) return;
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1), duration: 350 });
    },
  }));

  return (
    <div
      ref={containerRef}
      className="h-full w-full"
      role="img"
      aria-label={`Network view with ${elements.filter((e) => e.group === "nodes").length} nodes; the table view lists the same nodes and edges.`}
      data-testid="network"
    />
  );
}
