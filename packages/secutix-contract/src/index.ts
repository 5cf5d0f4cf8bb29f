export * from './services';
export * from './typeSpec';
export { contractTypes, recordType } from './table';
export { jsonSchemaOf, type SchemaView } from './jsonSchema';
export { soapPath, jsonPath } from './paths';
export { generateWsdl } from './generateWsdl';
