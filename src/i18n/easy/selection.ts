/** The print-list button's words, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const selection: Messages['common']['selectButton'] = {
  add: easy`{印刷|いんさつ}リストに{入|い}れる`,
  added: easy`{印刷|いんさつ}リストに{入|はい}っています（{外|はず}す）`,
  of: (name: string) => `：${name}`,
};
