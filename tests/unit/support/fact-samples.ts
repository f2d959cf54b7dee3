/**
 * Sample arguments for the dictionary sections that say structured facts
 * (facts, directoryLive), shared by the tests that walk every dictionary.
 * Text arguments are plain ASCII, so they add no Japanese to an English
 * phrase and no kanji without a reading to a やさしい日本語 one.
 */
const ruleDaysWeekly = { every: 'week', days: ['MO', 'WE'], interval: 1, monthly: false } as const;
const ruleDaysMonthly = {
  every: 'month',
  days: [
    { weekday: 'SA', ordinals: [2, 4] },
    { weekday: 'SU', ordinals: [-1] },
  ],
  interval: 1,
} as const;
const session = { date: '2026-12-12', opens: '11:00', closes: '14:00', label: 'X-mas' };

export const FACT_SAMPLES: Record<string, ReadonlyArray<readonly unknown[]>> = {
  'facts.date': [['2026-12-12'], ['2026-12-12', true]],
  'facts.list': [[['A', 'B', 'C']]],
  'facts.timeRange': [['09:30', '17:00']],
  'facts.schedule.days': [[ruleDaysWeekly], [ruleDaysMonthly], [{ ...ruleDaysWeekly, interval: 2 }]],
  'facts.schedule.rule': [
    [{ days: ruleDaysMonthly, opens: '11:00', closes: '14:00' }],
    [
      {
        label: 'Summer',
        days: ruleDaysWeekly,
        opens: '16:00',
        closes: '18:30',
        months: [7, 8],
      },
    ],
    [{ days: ruleDaysWeekly, opens: '16:00', closes: '18:00', start: '2027-01-12', end: '2027-03-23' }],
  ],
  'facts.schedule.holidaysOneRule': [['LINE']],
  'facts.session': [[session], [{ ...session, label: undefined }]],
  'facts.dayHeading': [
    ['2026-12-12', 'today'],
    ['2026-12-13', 'tomorrow'],
    ['2026-12-14', undefined],
  ],
  'facts.agendaMeta': [
    ['Kind', 'Hall', { label: 'X-mas', extra: true }],
    ['Kind', 'Hall', {}],
  ],
  'facts.agenda.fromToday': [['12/12']],
  'facts.agenda.more': [[1], [24]],
  'facts.agenda.showAll': [[1], [24]],
  'facts.cost': [
    [
      [
        { for: 'child', yen: 0 },
        { for: 'adult', yen: 300 },
      ],
    ],
    [[{ for: 'adult', yen: 3000, per: 'month', label: 'Member' }]],
  ],
  'facts.reservation.required': [[['LINE']], [[]]],
  'facts.place.approximate': [['Area']],
  'facts.distance': [[{ value: 300, unit: 'm' }], [{ value: 1.5, unit: 'km' }, false]],
  'facts.openOnDate': [
    ['2026-12-12', 'weekday'],
    ['2026-12-12', 'today'],
    ['2026-12-13', 'tomorrow'],
    ['2026-12-14', 'none'],
  ],
  'facts.checkedAgo': [[0], [3], [14]],
  'facts.calendar.title': [
    ['Name', 'Kind', 'X-mas'],
    ['Name', 'Kind', undefined],
  ],
  'facts.calendar.checkPage': [['https://example.jp/listings/x/']],
  'directoryLive.count': [[1], [12]],
  'directoryLive.sortedFrom': [['Here']],
  'directoryLive.filterCount': [[1], [3]],
  'directoryLive.distanceFrom': [['Here', '300 m']],
  'directoryLive.showMoreRemaining': [[1], [30]],
  'directoryLive.sortedFromSchool': [['School']],
  'directoryLive.cluster': [[5]],
  'directoryLive.markerName': [['Name', 'Kind']],
};
