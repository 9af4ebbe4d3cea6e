export * from './words/vietnamese-words';
export * from './words/vietnamese-date';
export * from './register/register-columns';
export * from './register/register-lines';
export * from './register/register-xlsx';
export * from './register/register-csv';
export * from './register-import';
