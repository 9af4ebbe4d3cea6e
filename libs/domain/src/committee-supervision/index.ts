export * from './committee-supervision.commands';
export * from './committee-supervision.events';
export * from './committee-supervision.state';
export * from './committee-supervision.decide';
export * from './committee-supervision.evolve';
export * from './committee-supervision.decider';
export * from './committee-supervision.shapes';
