export * from './public-holidays';
export * from './working-calendar';
export * from './calendar.decider';
export * from './due-date';
