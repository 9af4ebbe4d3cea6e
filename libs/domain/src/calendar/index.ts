export * from './public-holidays';
export * from './working-calendar';
