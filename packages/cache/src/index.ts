export * from './CacheStore';
export * from './MemoryStore';
export * from './RedisStore';
export * from './prefixed';
export * from './errorsAsMisses';
export * from './createStore';
export * from './Cache';
export * from './RateBudget';
