"""Time each metric in python-igraph (Debian's, so run with /usr/bin/python3) on a graph JSON.

Same projection as lib/metrics (graph_json.py). Louvain in igraph is undirected only: for a
directed graph the time includes collapsing it to undirected. Same output as bench_nx.py.
"""
import warnings

import igraph as ig

from bench_common import parse_args, run
from graph_json import load


def build(projected):
    directed, nodes, weights = projected
    index = {k: i for i, k in enumerate(nodes)}
    pairs = list(weights.items())
    return ig.Graph(
        n=len(nodes),
        edges=[(index[u], index[v]) for (u, v), _ in pairs],
        directed=directed,
        edge_attrs={"weight": [w for _, w in pairs]},
    )


def main():
    args = parse_args()
    warnings.simplefilter("ignore")
    projected = load(args.graph)
    g = build(projected)
    d = g.is_directed()
    mode = "all"
    metrics = {
        "project": lambda: build(projected),
        "degree": lambda: g.degree(),
        "inDegree": lambda: g.indegree() if d else g.degree(),
        "outDegree": lambda: g.outdegree() if d else g.degree(),
        "weightedDegree": lambda: g.strength(weights="weight", mode=mode),
        "betweenness": lambda: g.betweenness(directed=d),
        "closeness": lambda: g.closeness(mode="in"),
        "pagerank": lambda: g.pagerank(weights="weight", directed=d, damping=0.85),
        "eigenvector": lambda: g.eigenvector_centrality(directed=d),
        "community": lambda: (g.as_undirected(combine_edges="sum") if d else g).community_multilevel(weights="weight"),
        "density": lambda: g.density(loops=True),
        "components": lambda: len(g.connected_components(mode="weak")),
        "articulationPoints": lambda: g.as_undirected().articulation_points(),
        "bridges": lambda: g.as_undirected().bridges(),
    }
    skip = set(filter(None, args.skip.split(",")))
    run({k: v for k, v in metrics.items() if k not in skip}, args.timeout, {"igraph": ig.__version__})


if __name__ == "__main__":
    main()
