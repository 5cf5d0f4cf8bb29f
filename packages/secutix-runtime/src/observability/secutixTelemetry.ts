import { AsyncLocalStorage } from 'node:async_hooks';
import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { recordBudgetWait, recordSecutixCall, secutixOutcome, tracer } from '@stx/observability';
import { SecutixError, type CallEvent, type Transport } from '@stx/secutix-client';

/** one attempt of one call, from the budget's admission to the caller's `afterCall` */
interface AttemptSlot {
  budgetWaitMs: number;
  span?: Span;
}

/**
 * Metrics and spans of SecuTix calls, fitted to SecutixCaller's `beforeCall`/`afterCall` hooks
 * and a wrapper around the transport, so the caller itself stays as it is. One attempt's three
 * moments (admission by the budget, the wire call, the outcome) are joined by a slot that the
 * admission puts in the attempt's async context: the caller awaits the hook, sends and reports
 * within that same context, and a concurrent call of the same operation has its own.
 */
export function secutixTelemetry(transportName: string) {
  const slots = new AsyncLocalStorage<AttemptSlot>();
  return {
    /** runs the budget's admission, timing it; a refusal is counted as a call that never left */
    async admitted(service: string, operation: string, admit: () => Promise<void>): Promise<void> {
      const slot: AttemptSlot = { budgetWaitMs: 0 };
      // before the first await, so the caller's continuation (the wire call, afterCall) sees it
      slots.enterWith(slot);
      const started = performance.now();
      try {
        await admit();
      } catch (err) {
        if (err instanceof SecutixError) recordSecutixCall(service, operation, err.kind);
        throw err;
      } finally {
        slot.budgetWaitMs = performance.now() - started;
        recordBudgetWait(slot.budgetWaitMs);
      }
    },

    /** the transport, each wire call inside a client span (ended by `called` with the attempt's outcome) */
    traced(inner: Transport): Transport {
      return {
        close: inner.close?.bind(inner),
        call: (service, operation, params) => {
          const slot = slots.getStore();
          const attributes = { 'secutix.service': service.name, 'secutix.operation': operation, 'secutix.transport': transportName, 'secutix.budget_wait_ms': Math.round((slot?.budgetWaitMs ?? 0) * 1000) / 1000 };
          return tracer().startActiveSpan(`SecuTix ${service.name}.${operation}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
            if (slot) slot.span = span;
            try {
              const result = await inner.call(service, operation, params);
              if (result.statusCode) span.setAttribute('secutix.status_code', result.statusCode);
              return result;
            } finally {
              if (!slot) span.end(); // not reached through the caller's hooks: nobody else ends it
            }
          });
        },
      };
    },

    /** afterCall: counts the attempt and ends its span with the attempt number and outcome */
    called(event: CallEvent): void {
      recordSecutixCall(event.service, event.operation, event.error?.kind, event.ms);
      const slot = slots.getStore();
      const span = slot?.span;
      if (!span) return;
      slot.span = undefined;
      span.setAttributes({ 'secutix.attempt': event.attempt, 'secutix.outcome': secutixOutcome(event.error?.kind) });
      if (event.error?.options.statusCode) span.setAttribute('secutix.status_code', event.error.options.statusCode);
      if (event.error?.options.httpStatus) span.setAttribute('http.response.status_code', event.error.options.httpStatus);
      if (event.error) span.setStatus({ code: SpanStatusCode.ERROR, message: event.error.kind });
      span.end();
    },
  };
}
