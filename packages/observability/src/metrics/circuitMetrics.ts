import { circuitState } from './registry';

export type CircuitState = 'closed' | 'half-open' | 'open';

const VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

/**
 * For the circuit breaker to call on every change of state (and once when it is created, as
 * `closed`): sets `stx_secutix_circuit_state{service}` to 0 closed, 1 half-open, 2 open.
 */
export function setCircuitState(service: string, state: CircuitState): void {
  circuitState.set({ service }, VALUE[state]);
}
