"""Generate the networkx fixtures the metric tests compare against (`npm run fixtures:nx`).

Writes lib/metrics/__fixtures__/<name>.json: the graph (graphology serialized JSON, so the TS test
loads the SAME graph) and networkx 3.x results on its projection (graph_json.py, the rule of
lib/metrics/README.md). The curated graph comes from `npx tsx scripts/nx/export-curated.ts`, or
from --curated FILE. Random graphs are seeded: a rerun writes identical files.
"""
import argparse
import json
import os
import random
import subprocess
import sys

import networkx as nx

from graph_json import load, to_networkx

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "lib", "metrics", "__fixtures__")
EIGENVECTOR_MAX_ITER = 1000  # lib/metrics default; networkx's own default is 100
LOUVAIN_SEED = 42


def expected(data, sample=None):
    G = to_networkx(data)
    directed = G.is_directed()
    U = G.to_undirected()
    deg = dict(G.degree())
    try:
        pr = nx.pagerank(G, alpha=0.85)
    except nx.PowerIterationFailedConvergence:
        pr = None
    try:
        ev = nx.eigenvector_centrality(G, max_iter=EIGENVECTOR_MAX_ITER) if len(G) else {}
    except nx.PowerIterationFailedConvergence:
        ev = None
    bc = nx.betweenness_centrality(G)
    cl = nx.closeness_centrality(G)
    wdeg = dict(G.degree(weight="weight"))
    indeg = dict(G.in_degree()) if directed else deg
    outdeg = dict(G.out_degree()) if directed else deg
    nodes = {
        v: {
            "degree": deg[v],
            "inDegree": indeg[v],
            "outDegree": outdeg[v],
            "weightedDegree": wdeg[v],
            "betweenness": bc[v],
            "pagerank": None if pr is None else pr[v],
            "closeness": cl[v],
            "eigenvector": None if ev is None else ev[v],
        }
        for v in G
    }
    has_weight = G.size(weight="weight") > 0
    communities = nx.community.louvain_communities(G, seed=LOUVAIN_SEED) if has_weight else [{v} for v in G]
    components = nx.number_weakly_connected_components(G) if directed else nx.number_connected_components(G)
    out = {
        "directed": directed,
        "graph": {
            "nodes": G.number_of_nodes(),
            "simpleEdges": G.number_of_edges(),
            "selfLoops": nx.number_of_selfloops(G),
            "density": nx.density(G),
            "components": components,
            "articulationPoints": sorted(nx.articulation_points(U)),
            "bridges": sorted(sorted(b) for b in nx.bridges(U)),
        },
        "nodes": nodes,
        "louvain": {
            "seed": LOUVAIN_SEED,
            "modularity": nx.community.modularity(G, communities) if has_weight else None,
            "communities": [sorted(c) for c in communities],
        },
    }
    if sample:
        k, seed = sample
        # networkx draws the sources with random.Random(seed).sample(list(G), k); record them so
        # lib/metrics (another generator) can be checked on the very same sources.
        sources = random.Random(seed).sample(list(G.nodes()), k)
        values = nx.betweenness_centrality(G, k=k, seed=seed)
        out["sampledBetweenness"] = {"k": k, "seed": seed, "sources": sources, "values": values}
    return out


def serialized(type_, nodes, edges, multi=True, allow_self_loops=True):
    return {
        "options": {"type": type_, "multi": multi, "allowSelfLoops": allow_self_loops},
        "nodes": [{"key": k} for k in nodes],
        "edges": edges,
    }


def edge(u, v, weight=None, **extra):
    e = {"source": u, "target": v, **extra}
    if weight is not None:
        e["attributes"] = {"weight": weight}
    return e


def random_graph(n, m, seed, type_):
    rng = random.Random(seed)
    keys = [str(i) for i in range(n)]  # number-like keys on purpose
    edges = []
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            edges.append(edge(keys[u], keys[v], round(rng.uniform(0.5, 5), 3)))
    return serialized(type_, keys, edges)


def disconnected():
    edges = [
        edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "d"),  # a cycle with a tail
        edge("hub", "s1"), edge("hub", "s2"), edge("hub", "s3"), edge("s3", "hub"),  # a star
        edge("p1", "p2"), edge("p2", "p3"), edge("p3", "p4"),  # a path
        edge("x", "y"), edge("y", "x"),  # a reciprocal pair
    ]
    keys = ["a", "b", "c", "d", "hub", "s1", "s2", "s3", "p1", "p2", "p3", "p4", "x", "y", "alone1", "alone2"]
    return serialized("directed", keys, edges)


# Number-like and spreadsheet-hostile keys. Not "__proto__"/"constructor": graphology 0.26 cannot
# hold them (lib/io/graphology-json.ts rejects them).
ODD_KEYS = ["2", "2.0", "02", " 2", "-0", "1e3", "NaN", "null", "=SUM(A1)", "a,b", 'q"t', "é", "lonely", "9"]


def odd_edges():
    return [
        edge("2", "2.0", 2),
        edge("2.0", "2", 1),
        edge("2", "2", 3),  # self-loop
        edge("2", "02"), edge("2", "02"),  # parallel, unweighted
        edge("02", " 2", 0),  # zero weight
        edge(" 2", "-0", 1.5),
        edge("-0", "1e3", 1), edge("1e3", "NaN", 1),
        edge("NaN", "-0", 1), edge("NaN", "NaN", 1),  # cycle + self-loop
        edge("=SUM(A1)", "a,b", 1), edge("a,b", 'q"t', 2), edge('q"t', "=SUM(A1)", 0.5),
        edge("é", "é", 1),  # a node whose only edge is a self-loop
        edge("1e3", "2", 1), edge("null", "9", 4),
    ]


def mixed():
    edges = [
        edge("a", "b", 1), edge("b", "c", 2, undirected=True), edge("c", "a", 1),
        edge("c", "d", 1, undirected=True), edge("d", "d", 1, undirected=True), edge("d", "e", 1),
    ]
    return serialized("mixed", ["a", "b", "c", "d", "e"], edges)


def chain(n):
    keys = [f"c{i}" for i in range(n)]
    return serialized("directed", keys, [edge(keys[i], keys[i + 1]) for i in range(n - 1)], multi=False)


def slow_cycle(k):
    """A directed k-cycle with an in-tail and an out-tail: eigenvector needs hundreds of iterations."""
    keys = [f"k{i}" for i in range(k)] + ["tail-in", "tail-out"]
    edges = [edge(keys[i], keys[(i + 1) % k]) for i in range(k)] + [edge("tail-in", "k0"), edge("k3", "tail-out")]
    return serialized("directed", keys, edges, multi=False)


def uneven(type_, seed):
    """Work spread unevenly over the node order, as the worker pool meets it: isolated nodes first,
    then one giant component (random arcs, dense in the middle of the order), then many small
    components (pairs, triangles, stars, paths)."""
    rng = random.Random(seed)
    keys, edges = [], []
    for i in range(120):
        keys.append(f"iso{i}")
    giant = [f"g{i}" for i in range(300)]
    keys += giant
    for i in range(1, len(giant)):  # a random tree keeps it one component
        edges.append(edge(giant[i], giant[rng.randrange(i)], round(rng.uniform(0.5, 5), 3)))
    while len(edges) < 1200:
        u, v = rng.randrange(300), rng.randrange(300)
        if u != v:
            edges.append(edge(giant[u], giant[v], round(rng.uniform(0.5, 5), 3)))
    for c in range(80):
        shape = c % 4
        size = [2, 3, 5, 4][shape]
        members = [f"s{c}-{j}" for j in range(size)]
        keys += members
        if shape == 0:
            edges.append(edge(members[0], members[1]))
        elif shape == 1:
            edges += [edge(members[0], members[1]), edge(members[1], members[2]), edge(members[2], members[0])]
        elif shape == 2:
            edges += [edge(members[0], m) for m in members[1:]]
        else:
            edges += [edge(members[j], members[j + 1]) for j in range(size - 1)]
    for i in range(40):  # more isolated nodes at the end of the order
        keys.append(f"tail{i}")
    return serialized(type_, keys, edges)


def curated(path, *flags):
    if path:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    out = subprocess.run(["npx", "tsx", "scripts/nx/export-curated.ts", *flags], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"export-curated failed:\n{out.stderr}")
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--curated", help="curated graph JSON (default: run scripts/nx/export-curated.ts)")
    args = parser.parse_args()
    fixtures = {
        "curated": ("The curated Atlas graph (data/), directed multigraph.", curated(args.curated)),
        "curated-dependencies": (
            "The curated supply dependency graph the app's metrics run over (dependent -> depended on, share-weighted).",
            curated(None, "--dependencies"),
        ),
        "random-directed-1000": ("1,000 nodes, 5,000 random weighted arcs (seed 1), parallel arcs summed.", random_graph(1000, 5000, 1, "directed")),
        "undirected-300": ("300 nodes, 900 random weighted edges (seed 2), undirected multigraph.", random_graph(300, 900, 2, "undirected")),
        "disconnected": ("Directed: a cycle with a tail, a star, a path, a reciprocal pair, two isolated nodes.", disconnected()),
        "odd-keys-directed": ("Number-like and awkward keys, self-loops, parallel and zero-weight edges, an isolated node.", serialized("directed", ODD_KEYS, odd_edges())),
        "odd-keys-undirected": ("The same edges as odd-keys-directed, undirected.", serialized("undirected", ODD_KEYS, odd_edges())),
        "mixed": ("A mixed graph: analysed as directed, undirected edges as two arcs.", mixed()),
        "chain-30": ("A directed path of 30 nodes: eigenvector centrality does not converge.", chain(30)),
        "slow-cycle-12": ("A 12-cycle with two tails: eigenvector converges after about 260 iterations (> networkx's default 100).", slow_cycle(12)),
        "two-nodes": ("One edge between two nodes (betweenness is not rescaled when n <= 2).", serialized("undirected", ["u", "v"], [edge("u", "v")])),
        "uneven-directed": ("Directed: 160 isolated nodes, one giant component of 300 nodes, 80 small components: uneven work per source.", uneven("directed", 3)),
        "uneven-undirected": ("The same layout, undirected (another seed).", uneven("undirected", 4)),
    }
    # Sampled betweenness (k sources, seed) is checked on these against networkx's own estimate.
    samples = {"random-directed-1000": (100, 7), "undirected-300": (40, 8), "uneven-directed": (60, 9)}
    os.makedirs(OUT, exist_ok=True)
    for name, (description, data) in fixtures.items():
        load(data)  # fail early on a malformed graph
        fixture = {
            "name": name,
            "description": description,
            "generator": "scripts/nx/gen_fixtures.py",
            "networkx": nx.__version__,
            "graph": data,
            "expected": expected(data, samples.get(name)),
        }
        with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(fixture, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
        print(f"wrote lib/metrics/__fixtures__/{name}.json ({len(data['nodes'])} nodes, {len(data.get('edges', []))} edges)")


if __name__ == "__main__":
    main()
