export * from './public-holidays';
export * from './working-calendar';
export * from './calendar.decider';
