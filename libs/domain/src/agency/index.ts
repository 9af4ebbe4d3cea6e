export * from './agency.commands';
export * from './agency.events';
export * from './agency.state';
export * from './agency.decide';
export * from './agency.shapes';
