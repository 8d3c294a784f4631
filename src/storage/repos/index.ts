// The storage layer's public surface.
export * from './audit';
export * from './departments';
export * from './plans';
export * from './progress';
export * from './reads';
export * from './regions';
export * from './targets';
export * from './users';
