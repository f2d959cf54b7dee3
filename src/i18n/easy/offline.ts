/** Using the site without a connection, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const offline: Messages['offline'] = {
  title: easy`インターネットにつながっていません`,
  lead: easy`このページは、この{端末|たんまつ}に{入|はい}っていません。だから、{今|いま}は{開|ひら}けません。つながったら、もう{一度|いちど}{開|ひら}いてください。`,
  availableTitle: easy`つながっていなくても{見|み}られるもの`,
  available: {
    home: easy`ホーム`,
    consultation: easy`{相談|そうだん}する`,
    listings: easy`{場所|ばしょ}の{一覧|いちらん}と、さがす{機能|きのう}`,
    print: easy`{印刷|いんさつ}リスト`,
    languages: easy`{言葉|ことば}ごとの{相談|そうだん}の{電話|でんわ}`,
  },
  savedTitle: easy`この{端末|たんまつ}に{入|い}れた{場所|ばしょ}`,
  notAvailableTitle: easy`つながっていないと{使|つか}えないもの`,
  notAvailable: [
    easy`{地図|ちず}`,
    easy`この{端末|たんまつ}に{入|い}れていない{場所|ばしょ}のページ`,
    easy`フォームを{送|おく}ること`,
  ],
  notice:
    easy`インターネットにつながっていません。ホームや{一覧|いちらん}は{見|み}られます。` +
    easy`{地図|ちず}と、フォームを{送|おく}ることは、できません。`,
  backOnline: easy`インターネットにつながりました。`,
  saveTitle: easy`この{端末|たんまつ}に{保存|ほぞん}`,
  saveText:
    easy`リストの{場所|ばしょ}のページを、この{端末|たんまつ}に{入|い}れます。つながっていなくても{開|ひら}けます。` +
    easy`{入|い}れるのは、ここで{選|えら}んだ{場所|ばしょ}だけです。ほかのページは{入|い}れません。`,
  save: easy`この{端末|たんまつ}に{保存|ほぞん}`,
  saving: easy`{保存|ほぞん}しています`,
  saved: (count: number) => easy`${count}か{所|しょ}を、この{端末|たんまつ}に{入|い}れました。`,
  saveFailed: easy`{保存|ほぞん}できませんでした。インターネットを{確|たし}かめて、もう{一度|いちど}{押|お}してください。`,
  savedOn: (month: number, day: number) => easy`この{情報|じょうほう}は${month}{月|がつ}${day}{日|にち}のものです。`,
  remove: easy`{保存|ほぞん}したデータを{消|け}す`,
  removeEverything: easy`このサイトが{端末|たんまつ}に{残|のこ}したものを、ぜんぶ{消|け}す`,
  removed: easy`{保存|ほぞん}したデータを{消|け}しました。`,
  unsupported: easy`このブラウザでは、{端末|たんまつ}に{保存|ほぞん}できません。`,
  mapNeedsConnection: easy`{地図|ちず}を{見|み}るには、インターネットが{必要|ひつよう}です。{地図|ちず}がなくても、{一覧|いちらん}は{使|つか}えます。`,
};
