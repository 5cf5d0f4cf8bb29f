import type { Identity } from '@stx/identity';
import type { SubgraphName } from '@stx/subgraphs';
import type { SimControl } from '../simControl';
import type { GraphQLResponse, StackOptions } from './Stack';

/** a lone subgraph takes the stack's options that concern one subgraph and its simulator */
export type SubgraphOptions = Pick<StackOptions, 'transport' | 'redisUrl' | 'sim' | 'env'>;

/** One subgraph reached as the gateway reaches it: its own URL, the signed identity header. */
export interface SubgraphUnderTest {
  name: SubgraphName;
  /** its /graphql */
  url: string;
  /** the simulator's control API: calls counted, faults */
  sim: SimControl;
  secrets: { tokenSecret: string; identitySecret: string };
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /**
   * the headers the gateway sends for a caller: the identity header signed with this subgraph's
   * secret, for a contact (by number) or any identity (an operator, a guest)
   */
  asCaller(caller: string | Identity): Record<string, string>;
  close(): Promise<void>;
}
