export * from './public-holidays';
export * from './working-calendar';
export * from './calendar.decide';
export * from './due-date';
