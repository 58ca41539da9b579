export * from './columns';
export * from './dates';
export * from './figures';
export * from './tickets';
