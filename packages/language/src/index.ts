export * from './language';
export * from './translate';
