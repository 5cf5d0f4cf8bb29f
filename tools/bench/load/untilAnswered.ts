/**
 * Waits until a system answers a scenario's request completely (HTTP 200, no GraphQL `errors`).
 * A fresh system's first answers wait for its catalog snapshot, or are errors while SecuTix says
 * "busy": a warm window that starts before that measures error answers, which are fast and
 * worthless (an Apollo Gateway whose catalog subgraph had no snapshot yet once "won" a run that way).
 */
export async function untilAnswered(url: string, body: string, headers: Record<string, string> = {}, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(30_000) })
      .then(async (res) => ({ status: res.status, text: await res.text() }))
      .catch((err: Error) => ({ status: 0, text: err.message }));
    if (answer.status === 200 && !answer.text.includes('"errors"')) return;
    last = `HTTP ${answer.status} ${answer.text.slice(0, 300)}`;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no complete answer within ${timeoutMs / 1000} s; last: ${last}`);
}
