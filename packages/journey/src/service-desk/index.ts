export * from './columns';
export * from './dates';
export * from './figure-schema';
export * from './figures';
export * from './tickets';
