import { randomUUID } from 'node:crypto';
import type { SimOrder } from './orderTypes';

/**
 * Storage of the simulated orders, shared by the sales, shipment and tickets services. Business
 * rules (holding seats, expiry, payment) belong to the services; this only keeps and numbers.
 */
export class OrderStore {
  private orders = new Map<number, SimOrder>();
  private nextOrderId = 0;
  private nextOperationId = 0;
  private nextPaymentId = 0;
  private nextAttachmentId = 0;

  constructor() {
    this.reset();
  }

  /** Forget every order (POST /__admin/reset {"data": true}). */
  reset(): void {
    this.orders = new Map();
    this.nextOrderId = 5_000_001;
    this.nextOperationId = 7_000_001;
    this.nextPaymentId = 9_000_001;
    this.nextAttachmentId = 4_000_001;
  }

  /** an order's unguessable reference (orderSecretId): random, never derived from its id */
  newSecretId(): string {
    return randomUUID().replace(/-/g, '');
  }

  newAttachmentId(): number {
    return this.nextAttachmentId++;
  }

  newOrderId(): number {
    return this.nextOrderId++;
  }

  newOperationId(): number {
    return this.nextOperationId++;
  }

  newPaymentId(): number {
    return this.nextPaymentId++;
  }

  save(order: SimOrder): void {
    this.orders.set(order.orderId, order);
  }

  get(orderId: number): SimOrder | undefined {
    return this.orders.get(orderId);
  }

  /** in creation order */
  all(): SimOrder[] {
    return [...this.orders.values()];
  }

  ofContact(contactNumber: string): SimOrder[] {
    return this.all().filter((o) => o.contactNumber === contactNumber);
  }
}
