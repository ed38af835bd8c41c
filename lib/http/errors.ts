/** The JSON error body every API route answers: `{ error: { message, path? } }`. */
export function errorResponse(status: number, message: string, options: { path?: string; headers?: HeadersInit } = {}): Response {
  const error = options.path === undefined ? { message } : { message, path: options.path };
  return Response.json({ error }, { status, headers: options.headers });
}
