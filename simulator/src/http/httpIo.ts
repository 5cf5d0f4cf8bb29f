import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, status: number, contentType: string | undefined, body?: string | Buffer, headers: Record<string, string> = {}): void {
  const all: Record<string, string | number> = { ...headers };
  if (contentType) all['content-type'] = contentType;
  if (body !== undefined) all['content-length'] = Buffer.byteLength(body);
  res.writeHead(status, all);
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** SecuTix refuses with 509 (or 429), a plain-text body and Retry-After in seconds. */
export function sendRateLimited(res: ServerResponse, status: number, retryAfterS: number): void {
  send(res, status, 'text/plain; charset=utf-8', 'Bandwidth Limit Exceeded: too many calls, retry later', { 'retry-after': String(retryAfterS) });
}
