export * from './words/vietnamese-words';
export * from './words/vietnamese-date';
export * from './register/register-columns';
