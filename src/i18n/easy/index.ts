/**
 * やさしい日本語: every word of the site, following 「在留支援のためのやさしい
 * 日本語ガイドライン」 (2020): short sentences with one idea each, plain words
 * (the key words families meet elsewhere, such as 子ども食堂 and 相談, kept
 * with their readings), です・ます, and a reading on every word with kanji
 * (`easy` from src/core/ruby.ts). tests/unit/easy-japanese.test.ts checks
 * the readings, sentence length and marks.
 *
 * Words that leave the page where no mark can be resolved (mailto: bodies)
 * are written without kanji; file column names and labels matched against
 * other systems stay as those systems write them.
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

export const easyJa: Messages = {
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
