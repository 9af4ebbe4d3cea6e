export * from './petition-report-xlsx';
