export * from './user.commands';
export * from './user.events';
export * from './user.state';
export * from './user.decide';
export * from './user.evolve';
export * from './user.decider';
export * from './user.shapes';
