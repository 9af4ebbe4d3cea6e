export * from './delegation.commands';
export * from './delegation.events';
export * from './delegation.state';
export * from './delegation.decide';
export * from './delegation.evolve';
export * from './delegation.decider';
export * from './delegation.shapes';
