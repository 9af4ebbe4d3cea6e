export * from './tay-ninh.ids';
export * from './tay-ninh.case';
export * from './tay-ninh.events';
export * from './tay-ninh.commands';
export * from './tay-ninh.requests';
export * from './tay-ninh.sources';
