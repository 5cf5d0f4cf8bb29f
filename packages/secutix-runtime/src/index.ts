export * from './secutixConfig';
export * from './secutixRuntime';
export * from './secutixBudget';
export * from './posConfig';
export * from './availabilityChanges';
export * from './ticketShop';
