/** HTTP helpers shared by the API routes (plain web Request/Response, no next/*). */
export { decodeUtf8, formatBytes, readCappedBody, type BodyResult } from "./body";
export { errorResponse } from "./errors";
export { mediaType, readPost, refuseContentType, refuseCrossSite, type PostPolicy } from "./guard";
export { createWorkerQueue, type JobOutcome, type WorkerLike, type WorkerQueue, type WorkerQueueOptions } from "./worker-queue";
