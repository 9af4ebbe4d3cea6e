export * from './obstacle.commands';
export * from './obstacle.events';
export * from './obstacle.state';
export * from './obstacle.decider';
export * from './obstacle.shapes';
