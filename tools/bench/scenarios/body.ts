/** one GraphQL request body, serialised once so the load generator only sends bytes */
export function body(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}
