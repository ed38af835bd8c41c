/**
 * GEXF import (Gephi; versions 1.1draft, 1.2draft, 1.2 and 1.3). Direction from the graph's
 * `defaultedgetype` (undirected when absent, as the format says) and each edge's `type`
 * ("mutual" reads as undirected); a mix gives a mixed graph. Node and edge `label`, edge `weight`
 * and `kind` become attributes of those names; declared attributes (`<attributes>`, with their
 * `<default>`) are typed as declared and named by their title; viz data become `x`, `y`, `z`,
 * `size`, `color`, `shape` (and `thickness` on edges). Hierarchies (nodes inside nodes, `pid`)
 * are flattened with a `parent` attribute; time data (spells, start/end) are kept as attributes
 * and not otherwise used. The meta block becomes graph attributes. O(n).
 */
import type { DecodedFile } from "./decode";
import { setAttribute, settleDirection, type Attrs, type StagedEdge, type StagedNode, type Staging } from "./staging";
import { localName, readXmlGraph, typedValue, type XmlAttributes, type XmlHandler } from "./xml";

interface AttrDecl {
  name: string;
  type: string;
  default?: string;
}

const KNOWN_NAMESPACES = /gexf\.net\/1\.(1draft|2draft|2|3)\b/;

export function stageGexf(file: DecodedFile, stage: Staging, progress: (fraction: number) => void): boolean {
  const { log } = stage;
  const at = (line: number, element?: string) => ({ file: file.name, line, element });
  const renamed = new Set<string>();
  const decls: Record<"node" | "edge", Map<string, AttrDecl>> = { node: new Map(), edge: new Map() };
  const warned = new Set<string>();
  const once = (key: string, issue: Parameters<typeof log.warning>[0]) => {
    if (warned.has(key)) return;
    warned.add(key);
    log.warning(issue);
  };

  let defaultDirected = false;
  let graphSeen = false;
  let fatal = false;
  const path: string[] = [];
  const nodeStack: StagedNode[] = [];
  let edge: StagedEdge | undefined;
  let declClass: "node" | "edge" | undefined;
  let currentDecl: AttrDecl | undefined;
  let textTarget: ((text: string) => void) | undefined;
  let textBuffer = "";
  const elementOf = (id: string) => `${path.join("/")}[id=${JSON.stringify(id)}]`;

  const owner = () => edge ?? nodeStack.at(-1);
  const ownerClass = (): "node" | "edge" => (edge ? "edge" : "node");

  const setValue = (target: StagedNode | StagedEdge, cls: "node" | "edge", forId: string, value: string, line: number) => {
    const decl = decls[cls].get(forId);
    if (!decl) {
      once(`undeclared:${cls}:${forId}`, { ...at(line, target.at.element), code: "gexf-attribute", field: forId, message: `an attvalue refers to the ${cls} attribute "${forId}", which <attributes class="${cls}"> does not declare`, action: `kept as text under the name "${forId}"` });
      setAttribute(target.attributes, forId, value, target.at, log, renamed);
      return;
    }
    const typed = typedValue(value, decl.type);
    if (typed === undefined) {
      log.warning({ ...at(line, target.at.element), code: "attribute-type", field: decl.name, message: `the value ${JSON.stringify(value.slice(0, 40))} is not of the declared type ${decl.type}`, action: "kept as text" });
      setAttribute(target.attributes, decl.name, value, target.at, log, renamed);
    } else setAttribute(target.attributes, decl.name, typed, target.at, log, renamed);
  };

  const applyDefaults = (target: StagedNode | StagedEdge, cls: "node" | "edge") => {
    for (const d of decls[cls].values())
      if (d.default !== undefined && !Object.hasOwn(target.attributes, d.name)) {
        const typed = typedValue(d.default, d.type);
        setAttribute(target.attributes, d.name, typed ?? d.default, target.at, log, renamed);
      }
  };

  const handler: XmlHandler = {
    wantText: false,
    open(name, a: XmlAttributes, line) {
      path.push(name);
      const local = localName(name);
      const depth = path.length;
      if (depth === 1) {
        if (local !== "gexf") {
          log.error({ ...at(line), code: "xml-shape", element: name, message: `the root element is <${name}>, not <gexf>`, action: "nothing imported" });
          fatal = true;
          return;
        }
        const ns = a.xmlns ?? "";
        if (!KNOWN_NAMESPACES.test(ns) && !/^1\.[123]/.test(a.version ?? ""))
          log.warning({ ...at(line, name), code: "xml-shape", field: "version", message: `GEXF version ${a.version ?? "(none)"}${ns ? ` (${ns})` : ""} is not one this reader knows (1.1, 1.2, 1.3)`, action: "read as GEXF 1.3" });
        return;
      }
      if (fatal) return;
      switch (local) {
        case "graph": {
          if (graphSeen) {
            once("second-graph", { ...at(line, path.join("/")), code: "nested-graph", message: "a second <graph>", action: "its nodes and edges join the first graph" });
            return;
          }
          graphSeen = true;
          const t = (a.defaultedgetype ?? "undirected").toLowerCase();
          if (t !== "directed" && t !== "undirected" && t !== "mutual")
            log.warning({ ...at(line, "gexf/graph"), code: "directed", field: "defaultedgetype", message: `defaultedgetype is "${a.defaultedgetype}"`, action: "read as undirected (GEXF's default)" });
          defaultDirected = t === "directed";
          if ((a.mode ?? "static") === "dynamic" || a.timeformat || a.start || a.end)
            once("dynamic", { ...at(line, "gexf/graph"), code: "dynamic", message: "the graph is dynamic (time intervals)", action: "every node and edge is read; their start, end and spells are kept as attributes, not used to filter" });
          return;
        }
        case "attributes": {
          const cls = a.class === "edge" ? "edge" : a.class === "node" ? "node" : undefined;
          if (!cls) log.warning({ ...at(line, path.join("/")), code: "gexf-attribute", field: "class", message: `<attributes class="${a.class ?? ""}">: neither node nor edge`, action: "its declarations are ignored" });
          declClass = cls;
          if (a.mode === "dynamic") once("dynamic", { ...at(line, path.join("/")), code: "dynamic", message: "dynamic attributes (values over time)", action: "each attvalue is read; for several values of one attribute the last one is kept" });
          return;
        }
        case "attribute": {
          if (!declClass || nodeStack.length || edge) return;
          const id = a.id ?? a.title;
          if (id === undefined) {
            log.warning({ ...at(line, path.join("/")), code: "gexf-attribute", field: "id", message: "an attribute declaration has no id", action: "ignored" });
            return;
          }
          currentDecl = { name: a.title ?? id, type: a.type ?? "string" };
          decls[declClass].set(id, currentDecl);
          return;
        }
        case "default": {
          if (!currentDecl) return;
          const decl = currentDecl;
          textBuffer = "";
          handler.wantText = true;
          textTarget = (t) => (decl.default = t);
          return;
        }
        case "node": {
          const id = a.id ?? "";
          const element = elementOf(id);
          const attributes: Attrs = {};
          if (a.label !== undefined) attributes.label = a.label;
          const parent = a.pid ?? nodeStack.at(-1)?.id;
          if (parent !== undefined) {
            attributes.parent = parent;
            once("hierarchy", { ...at(line, element), code: "nested-graph", message: "the graph is hierarchical (nodes inside nodes, or pid)", action: "read flat: each node keeps its parent as the attribute \"parent\"" });
          }
          for (const t of ["start", "end", "startopen", "endopen"] as const) if (a[t] !== undefined) attributes[t] = a[t];
          const node: StagedNode = { id, attributes, at: at(line, element) };
          nodeStack.push(node);
          return;
        }
        case "edge": {
          const element = elementOf(a.id ?? "");
          const attributes: Attrs = {};
          if (a.label !== undefined) attributes.label = a.label;
          if (a.kind !== undefined) attributes.kind = a.kind;
          if (a.weight !== undefined) attributes.weight = a.weight;
          for (const t of ["start", "end", "startopen", "endopen"] as const) if (a[t] !== undefined) attributes[t] = a[t];
          let undirected: boolean | undefined;
          const type = a.type?.toLowerCase();
          if (type === "undirected" || type === "mutual") undirected = true;
          else if (type === "directed") undirected = false;
          else if (type !== undefined) log.warning({ ...at(line, element), code: "directed", field: "type", message: `the edge type is "${a.type}"`, action: "read as the graph's default" });
          edge = { id: a.id, source: a.source ?? "", target: a.target ?? "", undirected, attributes, at: at(line, element), weightField: "weight" };
          return;
        }
        case "attvalue": {
          const o = owner();
          if (!o) return;
          const forId = a.for ?? a.id;
          if (forId === undefined || a.value === undefined) {
            log.warning({ ...at(line, o.at.element), code: "gexf-attribute", field: forId === undefined ? "for" : "value", message: `an attvalue has no ${forId === undefined ? "for" : "value"}`, action: "ignored" });
            return;
          }
          setValue(o, ownerClass(), forId, a.value, line);
          return;
        }
        case "color": {
          const o = owner();
          if (!o) return;
          if (a.hex !== undefined) o.attributes.color = a.hex;
          else if (a.r !== undefined && a.g !== undefined && a.b !== undefined) o.attributes.color = a.a !== undefined ? `rgba(${a.r},${a.g},${a.b},${a.a})` : `rgb(${a.r},${a.g},${a.b})`;
          return;
        }
        case "position": {
          const o = owner();
          if (!o) return;
          for (const k of ["x", "y", "z"] as const) if (a[k] !== undefined) o.attributes[k] = typedValue(a[k], "double") ?? a[k];
          return;
        }
        case "size":
        case "thickness": {
          const o = owner();
          if (o && a.value !== undefined) o.attributes[local] = typedValue(a.value, "double") ?? a.value;
          return;
        }
        case "shape": {
          const o = owner();
          if (o && a.value !== undefined) o.attributes.shape = a.value;
          return;
        }
        case "spell":
        case "parent":
          if (local === "spell") once("dynamic", { ...at(line, path.join("/")), code: "dynamic", message: "spells (time intervals)", action: "ignored: every node and edge is read" });
          return;
        case "creator":
        case "description":
        case "keywords":
        case "title": {
          if (path.length !== 3 || localName(path[1]!) !== "meta") return;
          textBuffer = "";
          handler.wantText = true;
          textTarget = (t) => (stage.graphAttributes[local] = t.trim());
          return;
        }
        case "meta":
          if (a.lastmodifieddate !== undefined) stage.graphAttributes.lastmodifieddate = a.lastmodifieddate;
          return;
      }
    },
    text(t) {
      textBuffer += t;
    },
    close(name) {
      path.pop();
      if (fatal) return;
      const local = localName(name);
      if (textTarget && handler.wantText && (local === "default" || ["creator", "description", "keywords", "title"].includes(local))) {
        textTarget(textBuffer);
        textTarget = undefined;
        handler.wantText = false;
        textBuffer = "";
      }
      if (local === "attribute") currentDecl = undefined;
      else if (local === "attributes") declClass = undefined;
      else if (local === "node") {
        const node = nodeStack.pop();
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

  const read = readXmlGraph(file, log, handler, progress, () => ({ fatal, root: "gexf", directed: graphSeen ? defaultDirected : undefined }));
  if (!read) return false;
  settleDirection(stage, read.directed);
  return true;
}
