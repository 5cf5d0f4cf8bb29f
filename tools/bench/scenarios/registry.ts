import { home } from './home';
import { product } from './product';
import { search } from './search';

/** Room for `account` and `checkout` (they will need a logged-in caller, hence `needsIdentity`). */
export type ScenarioName = 'home' | 'product' | 'search';

export interface Scenario {
  name: ScenarioName;
  description: string;
  /** request bodies sent through a gateway, used in turn */
  gatewayBodies(products: number): string[];
  /** the subgraph-level equivalent, sent to the catalog subgraph alone (system `direct`) */
  directBodies(products: number): string[];
  needsIdentity?: boolean;
}

export const scenarios: Record<ScenarioName, Scenario> = { home, product, search };
