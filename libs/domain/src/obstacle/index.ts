export * from './obstacle.commands';
export * from './obstacle.events';
export * from './obstacle.state';
export * from './obstacle.decide';
export * from './obstacle.evolve';
export * from './obstacle.decider';
export * from './obstacle.shapes';
