/** The 404 page, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const notFound: Messages['notFound'] = {
  title: easy`ページが{見|み}つかりません`,
  text: easy`さがしているページは、{場所|ばしょ}が{変|か}わったかもしれません。このページの{情報|じょうほう}は、もう{載|の}っていないかもしれません。`,
  listings: easy`{一覧|いちらん}からさがす`,
  consultation: easy`{相談|そうだん}する`,
  home: easy`ホームへ{戻|もど}る`,
};
