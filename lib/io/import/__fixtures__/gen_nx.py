"""networkx reference metrics for the hostile-ids CSV import (csv/hostile/networkx.json).

Reads csv/hostile/nodes.csv and edges.csv with Python's csv module under the importer's rules
(ids trimmed, a leading ' before = + - @ removed, edges to undefined ids create the node), builds
the directed multigraph and writes networkx 3.x's metrics per original id through the same
`expected` function as lib/metrics/__fixtures__ (scripts/nx/gen_fixtures.py). Run:
    python3 lib/io/import/__fixtures__/gen_nx.py
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "scripts", "nx"))
import networkx as nx  # noqa: E402
from gen_fixtures import expected  # noqa: E402


def clean(cell):
    cell = cell.strip()
    return cell[1:] if re.match(r"^'[=+\-@\t\r]", cell) else cell


def main():
    folder = os.path.join(HERE, "csv", "hostile")
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        keys = [clean(r["id"]) for r in csv.DictReader(f)]
    edges = []
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            s, t = clean(r["source"]), clean(r["target"])
            for k in (s, t):
                if k not in keys:
                    keys.append(k)
            edges.append({"source": s, "target": t, "attributes": {"weight": float(r["weight"])}})
    data = {"options": {"type": "directed", "multi": True, "allowSelfLoops": True}, "nodes": [{"key": k} for k in keys], "edges": edges}
    out = {"generator": "lib/io/import/__fixtures__/gen_nx.py", "networkx": nx.__version__, "expected": expected(data)}
    with open(os.path.join(folder, "networkx.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote csv/hostile/networkx.json ({len(keys)} nodes, {len(edges)} edges)")


if __name__ == "__main__":
    main()
