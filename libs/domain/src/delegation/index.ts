export * from './delegation.commands';
export * from './delegation.events';
export * from './delegation.state';
export * from './delegation.decider';
export * from './delegation.shapes';
