/**
 * Every word the site's pages, layouts and components show, in Japanese, by
 * feature. The keys are the contract other dictionaries follow (their type is
 * `Messages`), so a missing or misspelt key fails the type check.
 */
import { common } from './common.ts';
import { data } from './data.ts';
import { submit } from './submit.ts';
import { listing } from './listing.ts';

export const ja = { common, data, submit, listing } as const;
