export * from './abusiveQueries';
export * from './freePort';
export * from './redis';
export * from './simControl';
export * from './startStack';
export * from './freshDatabase';
