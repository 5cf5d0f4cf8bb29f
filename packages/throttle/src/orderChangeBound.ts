import type { CoordinationStore } from '@stx/cache';
import type { Env } from '@stx/env';
import { readAttemptLimits } from './attemptLimits';
import { FailureThrottle, type FailureLimits, type ThrottleDecision } from './FailureThrottle';

/**
 * The bound on one buyer's order changes, shared by every subgraph that changes an order (sales:
 * create, add, remove, cancel, pay, close; shipment: the delivery choice). Each change is SecuTix
 * calls from the institution's shared budget, which one buyer's script must not spend for
 * everyone: ORDER_CHANGES_PER_CONTACT per ORDER_CHANGES_WINDOW_SECONDS, one count per contact
 * across subgraphs and instances, kept in the coordination store and refused while the store
 * cannot answer (its StoreUnavailableError: 503, never "allowed").
 */
export class OrderChangeBound {
  private readonly throttle: FailureThrottle;

  constructor(store: CoordinationStore, limits: FailureLimits) {
    this.throttle = new FailureThrottle({ name: 'order-change', counters: store, limits });
  }

  check(contactNumber: string): Promise<ThrottleDecision> {
    return this.throttle.check(changer(contactNumber));
  }

  attempted(contactNumber: string): Promise<void> {
    return this.throttle.attempted(changer(contactNumber));
  }
}

/** ORDER_CHANGES_PER_CONTACT / ORDER_CHANGES_WINDOW_SECONDS: one reading for every subgraph that changes orders */
export function readOrderChangeLimits(env: Env): FailureLimits {
  return readAttemptLimits(env, { per: 'ORDER_CHANGES_PER_CONTACT', window: 'ORDER_CHANGES_WINDOW_SECONDS' }, { per: 60, windowSeconds: 600 });
}

const changer = (contactNumber: string) => `contact:${contactNumber}`;
