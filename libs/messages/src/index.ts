export * from './locale';
export * from './negotiate-locale';
export * from './fill';
export type { Catalogue, ShapeWords } from './catalogue';
export * from './message-of';
export { vi } from './vi';
export { en } from './en';
