/**
 * Connected components of the undirected view: networkx's `number_connected_components(G)`, and
 * `number_weakly_connected_components(G)` for a directed graph. Runs in O(n + m).
 */
import type { SimpleGraph } from "./simple-graph";

export interface Components {
  count: number;
  /** Component number of each node, 0-based in order of first node. */
  labels: Int32Array;
}

export function components(g: SimpleGraph): Components {
  const n = g.order;
  const { offsets, targets } = g.undirected;
  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (labels[root]! >= 0) continue;
    let top = 0;
    stack[top++] = root;
    labels[root] = count;
    while (top > 0) {
      const v = stack[--top]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (labels[w]! < 0) {
          labels[w] = count;
          stack[top++] = w;
        }
      }
    }
    count++;
  }
  return { count, labels };
}
