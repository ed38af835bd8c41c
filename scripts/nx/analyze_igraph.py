"""The whole of `npm run analyze` in python-igraph, for bench/metrics.ts to time as a process:
read a graphology JSON file, project it as lib/metrics does (graph_json.py), compute the same
metrics (degrees, betweenness, PageRank, closeness, eigenvector, Louvain communities and their
modularity, density, components, articulation points, bridges) and print them as JSON.

Run with Debian's python (/usr/bin/python3 scripts/nx/analyze_igraph.py graph.json). igraph's
Louvain is undirected only: a directed graph is collapsed to undirected for it, as in bench_igraph.py.
"""
import json
import sys
import warnings

import igraph as ig

from bench_igraph import build
from graph_json import load


def main():
    warnings.simplefilter("ignore")
    projected = load(sys.argv[1])
    nodes = projected[1]
    g = build(projected)
    d = g.is_directed()
    u = g.as_undirected(combine_edges="sum") if d else g
    communities = u.community_multilevel(weights="weight")
    simple = g.as_undirected()
    columns = {
        "degree": g.degree(),
        "inDegree": g.indegree() if d else g.degree(),
        "outDegree": g.outdegree() if d else g.degree(),
        "weightedDegree": g.strength(weights="weight", mode="all"),
        "betweenness": g.betweenness(directed=d),
        "pagerank": g.pagerank(weights="weight", directed=d, damping=0.85),
        "closeness": g.closeness(mode="in"),
        "eigenvector": g.eigenvector_centrality(directed=d),
        "community": communities.membership,
    }
    out = {
        "graph": {
            "directed": d,
            "nodes": g.vcount(),
            "simpleEdges": g.ecount(),
            "density": g.density(loops=True),
            "components": len(g.connected_components(mode="weak")),
            "articulationPoints": [nodes[i] for i in simple.articulation_points()],
            "bridges": [[nodes[simple.es[e].source], nodes[simple.es[e].target]] for e in simple.bridges()],
            "communities": len(communities),
            "modularity": u.modularity(communities.membership, weights="weight"),
        },
        "nodes": {k: {name: column[i] for name, column in columns.items()} for i, k in enumerate(nodes)},
    }
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
