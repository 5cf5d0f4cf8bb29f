export * from './caller/secutixId';
export * from './caller/countryCode';
export * from './caller/requireCaller';
export * from './caller/langArgument';
export * from './money';
export * from './orders/orderRules';
export * from './contacts/addressRules';
