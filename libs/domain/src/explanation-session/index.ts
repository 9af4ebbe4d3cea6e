export * from './explanation-session.commands';
export * from './explanation-session.events';
export * from './explanation-session.state';
export * from './explanation-session.decide';
export * from './explanation-session.evolve';
export * from './explanation-session.decider';
export * from './explanation-session.shapes';
