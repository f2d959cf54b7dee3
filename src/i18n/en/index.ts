/**
 * English: every word the site's pages, layouts and components show, by
 * feature, file for file as in ../ja/. Listing text (names, summaries,
 * descriptions) is content and is never translated here.
 */
import type { Messages } from '../messages.ts';
import { about } from './about.ts';
import { common } from './common.ts';
import { concerns } from './concerns.ts';
import { consultation } from './consultation.ts';
import { data } from './data.ts';
import { directory } from './directory.ts';
import { directoryLive } from './directory-live.ts';
import { directoryPages } from './directory-pages.ts';
import { facts } from './facts.ts';
import { gaps } from './gaps.ts';
import { home } from './home.ts';
import { listing } from './listing.ts';
import { notFound } from './not-found.ts';
import { offline } from './offline.ts';
import { print } from './print.ts';
import { referral } from './referral.ts';
import { schedule } from './schedule.ts';
import { schools } from './schools.ts';
import { submit } from './submit.ts';
import { updates } from './updates.ts';
import { vocabulary } from './vocabulary.ts';

export const en: Messages = {
  about,
  common,
  concerns,
  consultation,
  data,
  directory,
  directoryLive,
  directoryPages,
  facts,
  gaps,
  home,
  listing,
  notFound,
  offline,
  print,
  referral,
  schedule,
  schools,
  submit,
  updates,
  vocabulary,
};
