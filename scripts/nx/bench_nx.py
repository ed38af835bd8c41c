"""Time each metric in networkx on a graph JSON: python3 bench_nx.py graph.json [--timeout S].

The graph is projected exactly as lib/metrics does (graph_json.py); "project" times that build.
Prints {"networkx": version, "ms": {metric: ms | null}} (null: skipped after S seconds).
"""
import json

import networkx as nx

from bench_common import parse_args, run
from graph_json import to_networkx


def main():
    args = parse_args()
    with open(args.graph, encoding="utf-8") as f:
        data = json.load(f)
    G = to_networkx(data)
    directed = G.is_directed()
    nx.pagerank(nx.path_graph(3))  # import scipy now, not inside the first timed pagerank

    def eigenvector():
        try:
            nx.eigenvector_centrality(G, max_iter=1000)
        except nx.PowerIterationFailedConvergence:
            pass

    metrics = {
        "project": lambda: to_networkx(data),
        "degree": lambda: dict(G.degree()),
        "inDegree": lambda: dict(G.in_degree() if directed else G.degree()),
        "outDegree": lambda: dict(G.out_degree() if directed else G.degree()),
        "weightedDegree": lambda: dict(G.degree(weight="weight")),
        "betweenness": lambda: nx.betweenness_centrality(G),
        "closeness": lambda: nx.closeness_centrality(G),
        "pagerank": lambda: nx.pagerank(G, alpha=0.85),
        "eigenvector": eigenvector,
        "community": lambda: nx.community.louvain_communities(G, seed=42),
        "density": lambda: nx.density(G),
        "components": lambda: nx.number_weakly_connected_components(G) if directed else nx.number_connected_components(G),
        "articulationPoints": lambda: list(nx.articulation_points(G.to_undirected())),
        "bridges": lambda: list(nx.bridges(G.to_undirected())),
    }
    skip = set(filter(None, args.skip.split(",")))
    run({k: v for k, v in metrics.items() if k not in skip}, args.timeout, {"networkx": nx.__version__})


if __name__ == "__main__":
    main()
