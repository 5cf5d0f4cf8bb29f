export * from './OperationLimits';
export * from './limitErrors';
export * from './tokenLimit';
export * from './checkOperationLimits';
export * from './operationLimitsRule';
export * from './useOperationLimits';
export * from './readOperationLimits';
export { hasSizeVariables } from './listSize';
export * from './variableErrors';
