import type { SecutixConfig } from './config';
import { JsonTransport } from './transport/JsonTransport';
import { SoapTransport } from './transport/SoapTransport';
import type { Transport } from './transport/Transport';

/** The transport is a configuration choice; everything above it is the same. */
export function createTransport(config: SecutixConfig): Transport {
  return config.transport === 'json' ? new JsonTransport(config) : new SoapTransport(config);
}
