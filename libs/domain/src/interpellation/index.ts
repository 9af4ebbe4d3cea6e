export * from './interpellation.commands';
export * from './interpellation.events';
export * from './interpellation.state';
export * from './interpellation.decide';
export * from './interpellation.evolve';
export * from './interpellation.decider';
export * from './interpellation.shapes';
