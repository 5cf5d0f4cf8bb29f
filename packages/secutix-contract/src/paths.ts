import type { ServiceContract } from './services';

/** SOAP path: `/<module>/external-remoting/com.secutix.<soapPackage>.<version>.<Service>.webservice`. */
export function soapPath(s: ServiceContract): string {
  return `/${s.module}/external-remoting/com.secutix.${s.soapPackage}.${s.version}.${s.name}.webservice`;
}

/** REST-RPC path: `/<module>/backend-apis/<serviceLowerCamel>/<version>/<method>`. */
export function jsonPath(s: ServiceContract, operation = ''): string {
  return `/${s.module}/backend-apis/${s.jsonName}/${s.version}/${operation}`;
}
