/** The guide for school staff, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const referral: Messages['referral'] = {
  title: easy`{学校|がっこう}の{先生|せんせい}のための {相談先|そうだんさき}ガイド`,
  lead: (center: string) => [
    easy`{心配|しんぱい}な{子|こ}どもや{家庭|かてい}に{気|き}がついたとき、どこに{相談|そうだん}すればよいかをまとめました。{学校|がっこう}だけで{考|かんが}えないでください。${center}`,
    easy`といっしょに{考|かんが}えてください。`,
  ],
  urgent: easy`{子|こ}どもがいま、あぶないときは、すぐに{電話|でんわ}してください：`,
  concerns: easy`{心配|しんぱい}なこと`,
  steps: easy`すること`,
  contacts: easy`はじめに{連絡|れんらく}するところ`,
  places: easy`{紹介|しょうかい}できる{場所|ばしょ}`,
  inDirectory: (label: string) => easy`${label}を{一覧|いちらん}で{見|み}る`,
  nearSchool: easy`{学校|がっこう}の{近|ちか}くの{場所|ばしょ}を{見|み}る（{学校|がっこう}からさがす）`,
};
