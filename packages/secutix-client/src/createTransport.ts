import type { JsonTransportConfig } from './transport/jsonAuth';
import { JsonTransport } from './transport/JsonTransport';
import { SoapTransport } from './transport/SoapTransport';
import type { Transport } from './transport/Transport';

/** The transport is a configuration choice; everything above it is the same. */
export function createTransport(config: JsonTransportConfig): Transport {
  return config.transport === 'json' ? new JsonTransport(config) : new SoapTransport(config);
}
