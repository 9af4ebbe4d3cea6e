export * from './agency.commands';
export * from './agency.events';
export * from './agency.state';
export * from './agency.decide';
export * from './agency.evolve';
export * from './agency.decider';
export * from './agency.shapes';
