import type { ServiceContract } from './services';

/**
 * Where SecuTix's services answer, one definition for the client and the simulator
 * (docs/secutix/contract.md, "Transports"; docs/secutix/authentication.md).
 */

/** what addresses a service: its contract's entry, or anything that carries the same names */
export type ServiceAddress = Pick<ServiceContract, 'name' | 'module' | 'soapPackage' | 'version' | 'jsonName'>;

/** SOAP path: `/<module>/external-remoting/com.secutix.<soapPackage>.<version>.<Service>.webservice`. */
export function soapPath(s: ServiceAddress): string {
  return `/${s.module}/external-remoting/com.secutix.${s.soapPackage}.${s.version}.${s.name}.webservice`;
}

/** REST-RPC path: `/<module>/backend-apis/<serviceLowerCamel>/<version>/<method>`. */
export function jsonPath(s: ServiceAddress, operation = ''): string {
  return `/${s.module}/backend-apis/${s.jsonName}/${s.version}/${operation}`;
}

/** the modules the JSON transport's token endpoint is seen under: `tnai`, and `tnco` in some integrations */
export const TOKEN_ENDPOINT_MODULES = ['tnai', 'tnco'] as const;

/** the token endpoint: `POST /<module>/backend-apis/v1/auth` with `{operator, partner, secret}` */
export function tokenPath(module: (typeof TOKEN_ENDPOINT_MODULES)[number] = 'tnai'): string {
  return `/${module}/backend-apis/v1/auth`;
}

/** a base URL and a path, without a doubled slash */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl}${path}`;
}
