/**
 * The referral guide's concerns in English, for school staff who read
 * English; `{center}` and `{centerHelpsWith}` come from site config.
 */
import type { Messages } from '../messages.ts';

export const concerns: Messages['concerns'] = {
  meal: {
    title: 'Worried about meals',
    steps: [
      'Kids’ cafeterias and food pantries can be introduced as places any family may use. Present them as “places where everyone eats together”, so they are not taken as places for families in trouble.',
      'Introducing them before the long holidays, when there are no school lunches, makes them easier to use.',
      'When hunger or weight loss continues, or the child’s clothes and hygiene are neglected as well, consult {center}.',
    ],
    links: ['Kids’ cafeterias', 'Places with meals, lunch boxes or food to take home'],
  },
  'after-school': {
    title: 'No place to be after school',
    steps: [
      'You can introduce youth spaces where children can spend time after school and on holidays without booking. Check the days and times together with the family.',
      'When a child does not want to go home, or stays out late at night, listen without blaming them for the reason, and consult {center}.',
    ],
    links: ['Youth spaces', 'Places to spend time freely, play or try things'],
  },
  'school-difficulty': {
    title: 'Finding it hard to go to school',
    steps: [
      'Tell the child and the family that there are places to learn and to be other than school. Learning at a free school may count as attendance (the principal decides).',
      'Whether a free school offers a visit or a trial day is on its page in this directory.',
      'When the burden on the family is heavy, or worries about daily life add up, {center} can be consulted as well.',
    ],
    links: ['Free schools', 'Places to learn outside school'],
  },
  study: {
    title: 'Falling behind in study',
    steps: [
      'You can introduce free or low-cost study support. Check on each place’s page what it offers, such as help with homework or a quiet place to study.',
      'When the home makes studying hard, consult {center}.',
    ],
    links: ['Places with study support'],
  },
  parenting: {
    title: 'Worried about parenting at home',
    steps: [
      'Introduce a place where parents can get advice. {center}: {centerHelpsWith}',
      'Do not carry it within the school alone: share it with the school’s managers and the school social worker, and connect the family with {center}.',
    ],
    links: ['Consultation', 'Places with parenting support'],
  },
  abuse: {
    title: 'Suspected abuse',
    steps: [
      'If a child is in danger now, call without hesitating (the numbers below).',
      'When abuse is suspected, you may report it without proof. At school, tell the managers and respond as an organisation. The identity of the person who reports is protected.',
      'When a child tells you something, do not press for details: accept what they say, and write down their words as they said them.',
    ],
    links: ['Consultation'],
  },
};
