/** A Web Worker of the all-pairs pool (web-pool.ts): serves chunks of BFS sources (paths-worker.ts). */
import { accumulatePaths } from "./paths";
import { servePaths, type PathsReply, type PathsRequest } from "./paths-worker";

interface WorkerScope {
  postMessage(message: PathsReply, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<PathsRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

servePaths(
  {
    post: (message, transfer = []) => scope.postMessage(message, transfer),
    listen: (handler) => scope.addEventListener("message", (event) => handler(event.data)),
  },
  accumulatePaths,
);
