"""Read graphology serialized JSON and project it exactly as lib/metrics/simple-graph.ts does.

Directed unless options.type is "undirected" or missing (the rule of lib/io/graphology-json.ts);
in a directed projection an undirected edge (mixed graph) becomes two arcs; parallel edges merge
into one edge whose weight is the SUM of their `weight` attributes (default 1); self-loops are kept;
node keys stay strings. Pure Python (no networkx) so the igraph bench under /usr/bin/python3 can
use it too.
"""
import json


def key(k):
    # JSON numbers as keys become their JavaScript string form, as in lib/io/graphology-json.ts.
    if isinstance(k, str):
        return k
    if isinstance(k, float) and k.is_integer():
        k = int(k)
    return str(k)


def load(path_or_data):
    """Return (directed, node keys in order, {(u, v): weight}) of the projected simple graph."""
    if isinstance(path_or_data, dict):
        data = path_or_data
    else:
        with open(path_or_data, encoding="utf-8") as f:
            data = json.load(f)
    options = data.get("options") or {}
    directed = options.get("type") in ("directed", "mixed")
    nodes = [key(n["key"]) for n in data["nodes"]]
    weights = {}

    def add(u, v, w):
        if not directed and (u, v) not in weights and (v, u) in weights:
            u, v = v, u
        weights[(u, v)] = weights.get((u, v), 0) + w

    for e in data.get("edges", []):
        u, v = key(e["source"]), key(e["target"])
        w = (e.get("attributes") or {}).get("weight", 1)
        add(u, v, w)
        if directed and e.get("undirected") and u != v:
            add(v, u, w)
    return directed, nodes, weights


def to_networkx(path_or_data):
    import networkx as nx

    directed, nodes, weights = load(path_or_data)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes)
    G.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    return G
