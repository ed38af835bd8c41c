"use client";
/**
 * The one component that owns the cytoscape instance. It is created once and destroyed once;
 * elements are diffed into it inside a batch, layouts run only when the set of ids or the layout
 * changes, and emphasis (selection, hover, path, focus) is done with classes. Callers talk to it
 * through props and a small command handle, never through the instance.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from "react";
import type { CyElement } from "@/lib/view/elements";
import type { Point } from "@/lib/view/layouts";
import { FCOSE_OPTIONS } from "@/lib/view/fcose-options";
import type { LayoutName } from "@/lib/view/url-state";
import { networkStylesheet, type Theme } from "./stylesheet";

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
  /** Positions for the layouts computed outside cytoscape (supply-chain flow). */
  positions?: Record<string, Point>;
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
): LayoutOptions {
  const common = { fit: true, padding: 36, animate: !first, animationDuration: 450 };
  switch (name) {
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

/**
 * Cytoscape hides labels that would be small at the zoom on screen; an export of the whole drawing
 * is read at its own size, so labels are kept for it, then the stylesheet is restored.
 */
async function withExportLabels<T>(cy: Core, full: boolean, render: () => Promise<T>): Promise<T> {
  if (!full) return render();
  const saved = (cy.style() as unknown as { json(): StylesheetJson }).json();
  cy.style().selector("node, edge").style("min-zoomed-font-size", 0).update();
  try {
    return await render();
  } finally {
    cy.style(saved);
  }
}

export function NetworkView(props: NetworkViewProps) {
  const { elements, layout, positions, concentricValues, seedPositions, selected, focusRoot, pathNodes, pathEdges, removed, impact, viewport, theme, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect: props.onSelect, onFocus: props.onFocus, onViewportChange: props.onViewportChange });
  const lastLayout = useRef<LayoutName | null>(null);
  const layoutRuns = useRef(0);
  const layoutTiming = useRef({ last: 0, firstAt: 0 });
  const applyingViewport = useRef(false);
  const themeRef = useRef(theme);

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
    });
    cy.on("viewport", () => {
      if (applyingViewport.current) return;
      callbacks.current.onViewportChange?.({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    });
    const clearHover = () => {
      cy.batch(() => cy.elements().removeClass("faded neighbour hovered"));
      container.style.cursor = "";
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
    };
    return () => {
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
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      const now = performance.now();
      layoutTiming.current.last = now - started;
      if (layoutRuns.current === 0) layoutTiming.current.firstAt = now;
      layoutRuns.current += 1;
      containerRef.current?.setAttribute("data-layout-runs", String(layoutRuns.current));
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
          toAdd.push({ group: el.group, data: { ...el.data }, classes: el.classes });
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
          runLayout(cy, { name: "preset", fit: true, padding: 36, animate: false } as LayoutOptions, layout);
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
          if (anchor) n.position({ x: anchor.position().x + Math.random() * 40 - 20, y: anchor.position().y + Math.random() * 40 - 20 });
        });
      }
      runLayout(cy, layoutOptions(layout, first, positions, concentricValues), layout);
    }
  }, [elements, layout, positions, concentricValues, seedPositions, runLayout]);

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
      return withExportLabels(cy, full, () => cy.png({ output: "blob-promise", full, scale, bg: background ?? undefined }));
    },
    svg: async ({ full, scale, background }) => {
      await registerSvg();
      const cy = cyRef.current as (Core & { svg(o: object): string }) | null;
      if (!cy) throw new Error("the network is not ready");
      return withExportLabels(cy, full, async () => cy.svg({ full, scale, bg: background ?? undefined }));
    },
    fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 36 }, duration: 300 }),
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
