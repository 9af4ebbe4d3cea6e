export * from './escalation-ladder';
export * from './recommendation.commands';
export * from './recommendation.events';
export * from './recommendation.state';
export * from './recommendation.deadlines';
export * from './recommendation.decide';
export * from './recommendation.evolve';
export * from './recommendation.decider';
