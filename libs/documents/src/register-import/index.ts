export * from './read-register-import';
export * from './register-file-refused';
export * from './register-limits';
export * from './register-row-plan';
export * from './register-dates';
export * from './text-key';
export { H as REGISTER_HEADERS } from './register-headers';
export * from './read-grid';
export type { GridCell, GridRow, RegisterGrid } from './register-grid';
