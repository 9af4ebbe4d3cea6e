export * from './obstacle.commands';
export * from './obstacle.events';
export * from './obstacle.state';
export * from './obstacle.decide';
export * from './obstacle.shapes';
