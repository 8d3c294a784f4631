// The supervision cycle (issue 5): reporting calendar, reminders, 督办单, 通报, year-end review, ambition check,
// and the 分解表/台账 row. Pure functions over plain data; the server wires them to storage (docs/supervision.md).
export * from './ambition';
export * from './bulletin';
export * from './calendar';
export * from './dates';
export * from './escalation';
export * from './ledger';
export * from './ranking';
export * from './reminders';
export * from './review';
export * from './sheets';
