export * from './lib/enums';
export * from './lib/limits';
export * from './lib/locale';
export * from './lib/slug';
export * from './lib/challenge-rules';
export * from './lib/notification-rules';
