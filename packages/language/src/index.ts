export * from './language';
export * from './languageTag';
export * from './translate';
