/** The same address named `localhost`, for URLs a browser opens (loopback only; others unchanged). */
export function onLocalhost(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === '127.0.0.1') parsed.hostname = 'localhost';
  return parsed.toString().replace(/\/$/, '');
}
