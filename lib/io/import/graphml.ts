/**
 * GraphML import (yEd, Gephi, Cytoscape, networkx, igraph). Direction from the graph's
 * `edgedefault` (directed when absent, the schema's default, with a warning since the attribute is
 * required) and each edge's `directed`; a mix gives a mixed graph. `<key>` declarations give each
 * `<data>` its name (`attr.name`, else the key id), type (`attr.type`) and `<default>`; keys with
 * `for="all"` apply everywhere. Undeclared keys are kept as text under the key id, with a warning.
 * Nested graphs (a `<graph>` inside a `<node>`) are flattened, each node keeping its enclosing
 * node as `parent`. Ports are ignored (edges join the nodes; `sourceport`/`targetport` are kept as
 * edge attributes); hyperedges cannot be held by a graph and are skipped, each reported; a
 * `<locator>` (a graph stored elsewhere) is refused, since nothing is fetched. yEd's graphics
 * data give a node or edge without a label its label text. O(n).
 */
import type { DecodedFile } from "./decode";
import { setAttribute, settleDirection, type Attrs, type StagedEdge, type StagedNode, type Staging } from "./staging";
import { localName, readXmlGraph, typedValue, type XmlAttributes, type XmlHandler } from "./xml";

interface KeyDecl {
  id: string;
  name: string;
  type: string;
  for: string;
  /** yEd's graphics (yfiles.type="nodegraphics"/"edgegraphics"): read for the label only. */
  graphics: boolean;
  default?: string;
}

export function stageGraphml(file: DecodedFile, stage: Staging, progress: (fraction: number) => void): boolean {
  const { log } = stage;
  const at = (line: number, element?: string) => ({ file: file.name, line, element });
  const renamed = new Set<string>();
  const keys = new Map<string, KeyDecl>();
  const warned = new Set<string>();
  const once = (key: string, issue: Parameters<typeof log.warning>[0]) => {
    if (warned.has(key)) return;
    warned.add(key);
    log.warning(issue);
  };

  const path: string[] = [];
  let fatal = false;
  let topDirected: boolean | undefined;
  /** Open graphs: their default direction and the node that holds them (nested graphs). */
  const graphs: { directed: boolean; parent?: string }[] = [];
  const nodes: StagedNode[] = [];
  let edge: StagedEdge | undefined;
  let hyperedge = false;
  let keyDecl: KeyDecl | undefined;
  let data: { key: string; line: number; target: StagedNode | StagedEdge | null } | undefined;
  let text = "";
  const elementOf = (id: string) => `${path.join("/")}[id=${JSON.stringify(id)}]`;
  /** What a <data> just opened belongs to: the edge or node it sits in, or null for the graph. */
  const owner = (): StagedNode | StagedEdge | null => {
    const parent = localName(path[path.length - 2] ?? "");
    return parent === "edge" ? (edge ?? null) : parent === "node" ? (nodes.at(-1) ?? null) : null;
  };

  const store = (attrs: Attrs, where: { file: string; line?: number; element?: string }, decl: KeyDecl | undefined, keyId: string, raw: string, line: number) => {
    if (!decl) {
      once(`undeclared:${keyId}`, { ...at(line, where.element), code: "graphml-key", field: keyId, message: `<data key="${keyId}"> refers to a key no <key> declares`, action: `kept as text under the name "${keyId}" (first at this line; others alike)` });
      setAttribute(attrs, keyId, raw, where, log, renamed);
      return;
    }
    if (decl.graphics) {
      const label = raw.replace(/\s+/g, " ").trim();
      if (label && attrs.label === undefined) attrs.label = label;
      once("graphics", { ...at(line, where.element), code: "graphml-key", field: decl.id, message: "yEd graphics data (shapes, colours, geometry)", action: "read for the label text only" });
      return;
    }
    const typed = typedValue(raw, decl.type);
    if (typed === undefined) {
      log.warning({ ...at(line, where.element), code: "attribute-type", field: decl.name, message: `the value ${JSON.stringify(raw.slice(0, 40))} is not of the declared type ${decl.type}`, action: "kept as text" });
      setAttribute(attrs, decl.name, raw, where, log, renamed);
    } else setAttribute(attrs, decl.name, typed, where, log, renamed);
  };

  const applyDefaults = (target: StagedNode | StagedEdge, cls: "node" | "edge") => {
    for (const d of keys.values())
      if ((d.for === cls || d.for === "all") && d.default !== undefined && !d.graphics && !Object.hasOwn(target.attributes, d.name))
        setAttribute(target.attributes, d.name, typedValue(d.default, d.type) ?? d.default, target.at, log, renamed);
  };

  const handler: XmlHandler = {
    wantText: false,
    open(name, a: XmlAttributes, line) {
      path.push(name);
      const local = localName(name);
      if (path.length === 1) {
        if (local !== "graphml") {
          log.error({ ...at(line), code: "xml-shape", element: name, message: `the root element is <${name}>, not <graphml>`, action: "nothing imported" });
          fatal = true;
        }
        return;
      }
      if (fatal) return;
      if (data) return; // markup inside <data> (yEd graphics): only its text is read
      if (hyperedge) return;
      switch (local) {
        case "key": {
          const id = a.id;
          if (id === undefined) {
            log.warning({ ...at(line, path.join("/")), code: "graphml-key", field: "id", message: "a <key> has no id", action: "ignored" });
            return;
          }
          const yfiles = a["yfiles.type"];
          keyDecl = { id, name: a["attr.name"] ?? id, type: a["attr.type"] ?? "string", for: a.for ?? "all", graphics: yfiles !== undefined && a["attr.name"] === undefined };
          if (keys.has(id)) log.warning({ ...at(line, path.join("/")), code: "graphml-key", field: "id", message: `the key "${id}" is declared twice`, action: "the later declaration is used" });
          keys.set(id, keyDecl);
          return;
        }
        case "default":
          if (keyDecl) {
            text = "";
            handler.wantText = true;
          }
          return;
        case "graph": {
          const e = a.edgedefault;
          let directed: boolean;
          if (e === "directed" || e === "undirected") directed = e === "directed";
          else {
            directed = graphs.at(-1)?.directed ?? true;
            log.warning({ ...at(line, path.join("/")), code: "directed", field: "edgedefault", message: e === undefined ? "the graph has no edgedefault" : `edgedefault is "${e}"`, action: `read as ${directed ? "directed" : "undirected"}${graphs.length ? " (the enclosing graph's)" : " (GraphML's default)"}` });
          }
          const parentNode = localName(path[path.length - 2] ?? "") === "node" ? nodes.at(-1) : undefined;
          if (parentNode) once("nested", { ...at(line, path.join("/")), code: "nested-graph", message: "a graph nested in a node", action: 'read flat: each inner node keeps the node that holds it as the attribute "parent"' });
          else if (graphs.length === 0 && topDirected !== undefined) once("second-graph", { ...at(line, path.join("/")), code: "nested-graph", message: "a second top-level <graph>", action: "its nodes and edges join the first graph" });
          graphs.push({ directed, parent: parentNode?.id ?? graphs.at(-1)?.parent });
          topDirected ??= directed;
          return;
        }
        case "locator":
          log.error({ ...at(line, path.join("/")), code: "xml-external", field: "xlink:href", message: `the graph is stored elsewhere (${JSON.stringify((a["xlink:href"] ?? "").slice(0, 80))}), and the importer never fetches anything`, action: "nothing imported: import that file itself" });
          fatal = true;
          return;
        case "node": {
          const id = a.id ?? "";
          const attributes: Attrs = {};
          const parent = graphs.at(-1)?.parent;
          if (parent !== undefined) attributes.parent = parent;
          nodes.push({ id, attributes, at: at(line, elementOf(id)) });
          return;
        }
        case "port":
          once("port", { ...at(line, path.join("/")), code: "graphml-port", field: a.name, message: "the nodes have ports", action: "ports are ignored: edges join the nodes, and keep their sourceport and targetport as attributes" });
          return;
        case "edge": {
          const element = elementOf(a.id ?? "");
          const attributes: Attrs = {};
          if (a.sourceport !== undefined) attributes.sourceport = a.sourceport;
          if (a.targetport !== undefined) attributes.targetport = a.targetport;
          const graphDirected = graphs.at(-1)?.directed ?? true;
          let undirected: boolean | undefined = graphDirected === (topDirected ?? true) ? undefined : !graphDirected;
          if (a.directed === "true" || a.directed === "1") undirected = false;
          else if (a.directed === "false" || a.directed === "0") undirected = true;
          else if (a.directed !== undefined) log.warning({ ...at(line, element), code: "directed", field: "directed", message: `directed="${a.directed}"`, action: "read as the graph's default" });
          edge = { id: a.id, source: a.source ?? "", target: a.target ?? "", undirected, attributes, at: at(line, element), weightField: "weight" };
          return;
        }
        case "hyperedge":
          hyperedge = true;
          log.warning({ ...at(line, `${path.join("/")}${a.id ? `[id=${JSON.stringify(a.id)}]` : ""}`), code: "graphml-hyperedge", message: "a hyperedge (an edge joining several nodes), which a graph cannot hold", action: "skipped" });
          return;
        case "data": {
          const key = a.key ?? "";
          data = { key, line, target: owner() };
          text = "";
          handler.wantText = true;
          return;
        }
      }
    },
    text(t) {
      text += t;
    },
    close(name) {
      path.pop();
      if (fatal) return;
      const local = localName(name);
      if (data) {
        if (local !== "data") return;
        const d = data;
        data = undefined;
        handler.wantText = false;
        const decl = keys.get(d.key);
        if (d.target) store(d.target.attributes, d.target.at, decl, d.key, text, d.line);
        else if (!hyperedge) store(stage.graphAttributes, { file: file.name, line: d.line, element: path.join("/") }, decl, d.key, text, d.line);
        return;
      }
      if (local === "hyperedge") {
        hyperedge = false;
        return;
      }
      if (hyperedge) return;
      if (local === "default" && keyDecl && handler.wantText) {
        keyDecl.default = text;
        handler.wantText = false;
      } else if (local === "key") keyDecl = undefined;
      else if (local === "graph") graphs.pop();
      else if (local === "node") {
        const node = nodes.pop();
        if (node) {
          applyDefaults(node, "node");
          stage.addNode(node);
        }
      } else if (local === "edge" && edge) {
        applyDefaults(edge, "edge");
        stage.addEdge(edge);
        edge = undefined;
      }
    },
  };

  const read = readXmlGraph(file, log, handler, progress, () => ({ fatal, root: "graphml", directed: topDirected }));
  if (!read) return false;
  settleDirection(stage, read.directed);
  return true;
}
