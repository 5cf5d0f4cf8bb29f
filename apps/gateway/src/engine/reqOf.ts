import type { IncomingMessage } from 'node:http';

/**
 * The Node request an engine context was built for (the HTTP front passes it as the server
 * context): the key to its request context, whose ids the plugins' log lines carry explicitly,
 * since the engine runs outside the async context (serveGateway).
 */
export function reqOf(context: unknown): IncomingMessage | undefined {
  return (context as { req?: IncomingMessage } | null | undefined)?.req;
}
