import { hashSeedPassword } from '../data/passwordHash';
import type { SimulatorState } from '../data/SimulatorState';
import { PartnerDesk } from './PartnerDesk';

/** A back-office operator of the manager institution (docs/secutix/protocol.md, ExternalSalesService). */
export interface SimOperator {
  login: string;
  passwordHash: string;
  roles: string[];
}

/** A distribution channel of the manager institution: its point of sale, technical contact, waiting account. */
export interface SimChannel {
  code: string;
  type: 'SECUTIX_FILE' | 'TICKETNET_AUTOMATIC';
  pointOfSalesId: number;
  technicalContactNumber: string;
  /** the point of sale's "compte d'attente" payment method */
  waitingAccountPaymentMethodId: number;
}

/** One SecuTix movement made by the external sales services, keyed by the caller's reference. */
export interface SimExternalMovement {
  kind: 'SALE' | 'DUPLICATE' | 'REFUND';
  externalReference: string;
  orderId: number;
  operationIds: number[];
  at: number;
}

export const DEMO_OPERATOR = { login: 'operator@DEMO', password: 'demo-operator-password' };
export const DEMO_TICKETNET = { login: 'TKN-DEMO', password: 'ticketnet-demo-password', institutionCode: '505', clientName: 'ELCA', serverName: 'TKNSIM' };
export const DEMO_DISTRIBUTOR = { institution: 'DIST', operator: 'DIST_GRAPH', password: 'distributor-demo-password' };

/**
 * Everything the distribution part of the simulator keeps for one simulator: the manager's
 * operators and channels, the movements made through ExternalSalesService, and the two partners
 * (a Ticketnet stand-in, a distributor SecuTix institution). Kept per simulator state, never module-wide.
 */
export class DistributionWorld {
  readonly operators: SimOperator[] = [{ login: DEMO_OPERATOR.login, passwordHash: hashSeedPassword(DEMO_OPERATOR.password), roles: ['DISTRIBUTION'] }];
  readonly channels: SimChannel[] = [
    { code: 'TICKETNET', type: 'TICKETNET_AUTOMATIC', pointOfSalesId: 1101, technicalContactNumber: '9000001', waitingAccountPaymentMethodId: 611 },
    { code: 'DIST', type: 'SECUTIX_FILE', pointOfSalesId: 1102, technicalContactNumber: '9000002', waitingAccountPaymentMethodId: 612 },
  ];
  readonly movements: SimExternalMovement[] = [];
  readonly ticketnet: PartnerDesk;
  readonly distributor: PartnerDesk;

  constructor(now: () => number) {
    this.ticketnet = new PartnerDesk('TN', now);
    this.distributor = new PartnerDesk('DS', now);
  }

  channel(code: unknown): SimChannel | undefined {
    return this.channels.find((c) => c.code === code);
  }
}

const worlds = new WeakMap<SimulatorState, DistributionWorld>();

/** The world of this simulator (keyed by its state object, so two simulators never share one). */
export function distributionWorld(state: SimulatorState, now: () => number): DistributionWorld {
  let world = worlds.get(state);
  if (!world) worlds.set(state, (world = new DistributionWorld(now)));
  return world;
}
