// The HTTP contract between server and web, one file per resource (notes/api.md).
export * from './common';
export * from './dashboard';
export * from './departments';
export * from './errors';
export * from './imports';
export * from './limits';
export * from './plans';
export * from './progress';
export * from './public';
export * from './session';
export * from './targets';
export * from './users';
