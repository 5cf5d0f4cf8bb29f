/**
 * The systems compared in one run, named as in latest.json. `ours-no-response-cache` is ours with
 * GATEWAY_RESPONSE_CACHE_SECONDS=0, to show what the gateway costs when every request is planned and fetched.
 */
export type SystemName = 'ours' | 'ours-no-response-cache' | 'naive' | 'apollo-gateway' | 'hive-gateway' | 'hive-gateway-rust' | 'direct';
