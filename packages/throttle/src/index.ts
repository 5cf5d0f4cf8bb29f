export * from './FailureThrottle';
export * from './attemptLimits';
export * from './loginThrottle';
export * from './processFallback';
export * from './orderChangeBound';
