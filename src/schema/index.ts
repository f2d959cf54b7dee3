export * from './primitives.ts';
export * from './vocabulary.ts';
export * from './schedule.ts';
export * from './listing.ts';
export * from './school.ts';
export * from './site.ts';
export * from './synonyms.ts';
