export * from './itf';
