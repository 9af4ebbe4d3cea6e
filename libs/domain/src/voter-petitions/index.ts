export * from './petition-round.commands';
export * from './petition-round.events';
export * from './petition-round.state';
export * from './petition-round.decide';
export * from './petition-round.evolve';
export * from './petition-round.decider';
export * from './petition-round.shapes';
export * from './petition-item-id';
