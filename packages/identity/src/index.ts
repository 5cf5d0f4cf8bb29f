export * from './signedJson';
export * from './tokens';
export * from './Sessions';
export * from './identityHeader';
export * from './identityFromRequest';
export * from './clientAddress';
export * from './buyer';
export * from './callerKeys';
