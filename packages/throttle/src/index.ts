export * from './FailureThrottle';
export * from './loginThrottle';
export * from './processFallback';
