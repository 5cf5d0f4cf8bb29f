import { budgetLimit, secutixBudgetWait, secutixCallDuration, secutixCallsTotal } from './registry';
import { scrapeState, type BudgetReader } from './scrapeState';

/** outcome label of a SecuTix call: `success`, or the failure's kind in lower case */
export function secutixOutcome(errorKind: string | undefined): string {
  return errorKind === undefined ? 'success' : errorKind.toLowerCase();
}

/** one attempt of a SecuTix call that left (or was refused before leaving, e.g. by our budget) */
export function recordSecutixCall(service: string, operation: string, errorKind: string | undefined, ms?: number): void {
  const labels = { service, operation, outcome: secutixOutcome(errorKind) };
  secutixCallsTotal.inc(labels);
  if (ms !== undefined) secutixCallDuration.observe(labels, ms / 1000);
}

export function recordBudgetWait(ms: number): void {
  secutixBudgetWait.observe(ms / 1000);
}

/**
 * Reports a shared budget's use at every scrape (read from the shared store, so all instances
 * together). Registering a name again replaces the previous reader; the returned function removes it.
 */
export function observeBudget(name: string, reader: BudgetReader): () => void {
  scrapeState.budgets.set(name, reader);
  budgetLimit.set({ budget: name }, reader.limit);
  return () => {
    if (scrapeState.budgets.get(name) === reader) scrapeState.budgets.delete(name);
  };
}
