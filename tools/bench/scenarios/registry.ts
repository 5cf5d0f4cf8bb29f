import { home } from './home';
import { product } from './product';
import { search } from './search';

/** Room for `account` and `checkout`; they will need a logged-in caller. */
export type ScenarioName = 'home' | 'product' | 'search';

export interface Scenario {
  name: ScenarioName;
  description: string;
  /** request bodies sent through a gateway, used in turn */
  gatewayBodies(): string[];
  /** the subgraph-level equivalent, sent to the catalog subgraph alone (system `direct`) */
  directBodies(): string[];
}

export const scenarios: Record<ScenarioName, Scenario> = { home, product, search };
