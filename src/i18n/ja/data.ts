/** The open-data page (/data/): what each file holds and how it is written. */
export const data = {
  title: 'オープンデータ',
  titleEn: 'Open data',
  lead: (siteName: string, publisher: string) =>
    `${siteName}に載っている場所の情報を、ほかのサイトや地図、表計算ソフトで使える形で公開しています。発行：${publisher}。`,
  leadEn: 'The listings of this site, in formats other sites, map tools and spreadsheets can read.',
  license: 'ライセンス / Licence',
  licenseText: '出典（このサイトの名前）を示せば、自由に使えます。 / Free to use with attribution.',
  builtOn: (date: string) => `作成日 / Built on: ${date}`,
  privacyTitle: 'ふくまれない情報 / What is never in these files',
  privacy: [
    '自宅などで開かれている「おおよその場所」は、地域の名前と、実際の場所をふくむ円の中心・半径だけです。本当の場所や住所はふくみません。',
    '電話番号は、運営者が公開に同意したものだけです。',
  ],
  privacyEn:
    'An approximate place is only its area and the centre and radius of a circle that holds it; a phone number only when its operator agreed.',
  fileHeadings: {
    name: 'ファイル / File',
    holds: '内容 / Contents',
    format: '形式 / Format',
    records: '件数 / Records',
  },
  records: (n: number) => `${n}件`,
  download: (name: string) => `${name} をダウンロード`,
  files: {
    preschool: {
      title: '子育て施設一覧（自治体標準オープンデータセット 正式版の形）',
      titleEn: 'Childcare facilities, in the Digital Agency’s standard layout',
      holds: '掲載している場所すべて。1行に1か所。',
      format: 'CSV・UTF-8（BOM付き）・改行 CRLF・全項目を「"」で囲む・53列',
      columns: [
        '種別：子ども食堂・フリースクールなどの種類の名前（標準の種別には、これらの値がないため）',
        '所在地_連結表記：住所。おおよその場所は地域の名前',
        '緯度・経度：小数6けた。おおよその場所は、円の中心（実際の場所ではありません）',
        '利用可能曜日・開始時間・終了時間：開く曜日（月水金のように）と時刻。時刻がきまりごとにちがうときは空欄',
        '利用可能日時特記事項：開く日のきまりを文章で（「毎月第2・第4土曜日」など）',
        '受入年齢：対象。団体名：運営団体。URL：運営者のサイト、なければこのサイトの掲載ページ',
        '備考：ひとこと紹介・料金・予約・休止中など',
        '空欄は「分からない」という意味です（0 ではありません）',
      ],
    },
    event: {
      title: 'イベント一覧（これから4週間の開催日）',
      titleEn: 'Events: every session of the next four weeks',
      holds: '休止中・終了した場所をのぞく、今日から4週間（28日）の開催日。1行に1回。',
      format: 'CSV・UTF-8（BOM付き）・改行 CRLF・全項目を「"」で囲む・32列（推奨データセットの形）',
      columns: ['開始日時特記事項：開く日のきまりを文章で。表には、きまりそのものの列がないためです'],
    },
    site: {
      title: 'このサイトの形の一覧（Excel で直して取り込める）',
      titleEn: 'All listings in the site’s own shape, to edit in Excel and import back',
      holds: '掲載している場所すべて。1行に1か所、投稿フォームの項目ごとに1列。',
      format: 'CSV・UTF-8（BOM付き）・改行 CRLF・全項目を「"」で囲む。紹介文や日程は、ひとつの欄の中で改行します',
      columns: [
        '見出しは投稿フォームの項目名です。日程・料金などは、GitHub の投稿フォームと同じ書き方です（「毎月 第2・第4 土 11:00-14:00」）',
        '直したファイルは npm run import -- listings.csv で取り込めます。公開していない値（おおよその場所の本当の位置・住所、公開しない電話番号）は、取り込むときに今のファイルから戻します',
        'おおよその場所の緯度・経度は、掲載ページと同じ円の中心です（実際の場所ではありません）',
      ],
    },
    geojson: {
      title: '地図のデータ（GeoJSON）',
      titleEn: 'Map data (GeoJSON, RFC 7946)',
      holds: '掲載している場所すべて。場所のないオンラインのものは、位置なしでふくみます。',
      format: 'GeoJSON（RFC 7946、経度・緯度の順）・UTF-8',
      columns: ['おおよその場所は precision が approximate で、radiusM（円の半径、メートル）があります'],
    },
    districts: {
      title: '校区の境界（GeoJSON）',
      titleEn: 'School district boundaries (GeoJSON, RFC 7946)',
      holds: '境界の形が登録されている校区だけ。1つの地物に1校区。形のない校区（近さで決めている校区）はふくみません。',
      format: 'GeoJSON（RFC 7946、経度・緯度の順）・UTF-8・Polygon か MultiPolygon',
      columns: [
        'properties：id（学校の ID）・name（学校名）・nameKana（よみがな）・level（elementary＝小学校、junior-high＝中学校）・schoolPage（このサイトの学校のページ）',
      ],
    },
    hsds: {
      title: 'Open Referral HSDS 3.0',
      titleEn: 'Services in Open Referral’s Human Services Data Specification 3.0',
      holds: '掲載している場所すべてを、福祉サービスの情報を交換する国際的な形で。',
      format: 'JSON・UTF-8・HSDS 3.0 の service（organization・location・schedule などを中にふくむ）',
      columns: [
        'id は掲載ごとに決まった UUID で、作り直しても変わりません',
        '住所は location の description にあります（HSDS の住所には郵便番号が必要ですが、掲載にはないため）',
      ],
    },
    gaps: {
      title: '校区ごとの数（足りない地域）',
      titleEn: 'Listings per school district: where something is missing',
      holds: '小学校区・中学校区ごとに、種類別の掲載数（いま開いているものだけ）と、目標に届いているか。1行に1校区。',
      format: 'CSV・UTF-8（BOM付き）・改行 CRLF・全項目を「"」で囲む',
      columns: [
        '学校ID・学校名：校区の学校。校区の範囲：「境界あり」か、学校の位置から計算した「おおよその範囲」',
        '種類ごとの列：その校区にある数。0 は「ひとつもない」という意味です',
        '目標の列：site.yaml の目標（例：小学校区ごとに子ども食堂1か所以上）に「達成」か「未達」。ほかの校区の種類の目標は空欄',
      ],
    },
    // 50 is FEED_LIMIT in src/lib/open-data/updates.ts.
    updates: {
      title: '新着・更新（Atom フィード）',
      titleEn: 'New and updated listings (Atom feed, RFC 4287)',
      holds:
        '新しく載った場所・内容が変わった場所の、新しい順に50件まで。フィードリーダーや学校・社会福祉協議会のサイトで、新しい情報を追えます。',
      format: 'Atom（RFC 4287）・XML・UTF-8',
      columns: [
        '題名：【新規】か【更新】と名前。新規は、載った日のあとに変わっていないもの',
        '日付：published は載った日、updated は最後に変わった日か最終確認日の新しいほう（どちらも、内容を管理している git の記録から。記録がないときは最終確認日）',
        '内容：種類・場所（おおよその場所は地域の名前だけ）・日時のきまり・ひとこと紹介。電話番号はふくみません',
      ],
    },
  },
  calendarTitle: 'カレンダー（iCalendar） / Calendar',
  calendar: 'すべての場所の開催日を、カレンダーアプリに登録できる形で。',
  noOpenDataCode:
    'site.yaml に openData（全国地方公共団体コード）がないため、自治体標準オープンデータセットの形のファイルは作っていません。',
} as const;
