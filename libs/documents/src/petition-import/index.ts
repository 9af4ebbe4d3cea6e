export * from './petition-headers';
export * from './read-petition-import';
