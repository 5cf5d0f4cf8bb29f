import type { BenchEnvironment } from '../systems/BenchEnvironment';
import type { RunningSystem } from '../systems/startSystem';
import { account } from './account';
import { home } from './home';
import { product } from './product';
import { search } from './search';

/** Room for `checkout`; it will need a logged-in caller and seats. */
export type ScenarioName = 'home' | 'product' | 'search' | 'account';

export interface ScenarioContext {
  system: RunningSystem;
  env: BenchEnvironment;
}

export interface Scenario {
  name: ScenarioName;
  description: string;
  /** request bodies sent through a gateway, used in turn */
  gatewayBodies(): string[];
  /** the subgraph-level equivalent, sent to the catalog subgraph alone (system `direct`); none when it has no catalog part */
  directBodies?(): string[];
  /** request headers of one window (e.g. a caller's credentials), asked again before each window */
  headers?(context: ScenarioContext): Promise<Record<string, string>>;
}

export const scenarios: Record<ScenarioName, Scenario> = { home, product, search, account };
