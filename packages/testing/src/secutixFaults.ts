import type { GraphQLResponse } from './stack/Stack';

/**
 * What SecuTix's own failures say (the simulator's SOAP fault codes and envelope): a client is
 * told our error code and message, never this text.
 */
export const SECUTIX_FAULT_TEXT = /error\.technical|error\.unknownMethod|S:Server|faultstring|Envelope/;

/** the simulator's fault switch for "every call of these operations fails" (a SOAP Server fault, `error.technical`) */
export const failing = (...operations: string[]) => ({ errorRate: 1, operations });

/** the messages a client reads, where SecuTix's text must never show */
export const errorMessages = (res: GraphQLResponse): string => (res.errors ?? []).map((e) => e.message).join('\n');
