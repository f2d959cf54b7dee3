/** The guide for school staff (/referral/): what to do and whom to call for each concern. */
export const referral = {
  title: '学校の先生向け つなぎ先ガイド',
  lead: (center: string) => [
    `気になる子どもや家庭に気づいたとき、どこにつなげばよいかをまとめました。学校だけで抱えこまず、${center}`,
    'と一緒に考えてください。',
  ],
  urgent: '子どもが今、危険な目にあっているときは、すぐに電話してください：',
  concerns: '心配なこと',
  steps: 'すること',
  contacts: '最初の連絡先',
  places: 'つなげる場所',
  inDirectory: (label: string) => `${label}を一覧で見る`,
  nearSchool: '学校の近くの場所を見る（学校からさがす）',
} as const;
