export * from './environment';
export * from './load-settings';
export * from './read-settings';
export * from './settings';
export * from './settings-error';
export * from './variable';
