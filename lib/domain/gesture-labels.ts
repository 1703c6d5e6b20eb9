/**
 * How gestures read to people: a label per type (the buttons and the
 * timeline use the same words), which group each belongs to, and the words
 * for an ask's outcome.
 */
import { askTypes, giveTypes, signalTypes, type GestureType } from '../db/schema';

export type GestureKind = 'give' | 'ask' | 'signal';
export type AskOutcome = 'pending' | 'yes' | 'no';

/** The button label; in the past tense, so it also reads as a timeline entry. */
export const gestureLabels: Readonly<Record<GestureType, string>> = {
  article: 'Shared an article',
  introduction: 'Made an introduction',
  'check-in': 'Checked in on the product',
  'informal-meeting': 'Met informally',
  'event-invite': 'Invited to an event',
  training: 'Offered training',
  'money-advice': 'Showed how to save or make money',
  gift: 'Sent something of value',
  thanks: 'Thanked / remembered an occasion',
  'developed-contact': 'Developed another contact',
  'cross-sell': 'Cross-sell introduction',
  'referral-ask': 'Asked for a referral',
  'reference-ask': 'Asked for a reference',
  'testimonial-ask': 'Asked for a testimonial / case study',
  'shared-strategy': 'Shared strategic plans',
  'product-idea': 'Offered a product idea',
};

export function gestureLabel(type: GestureType): string {
  return gestureLabels[type];
}

const kinds = new Map<GestureType, GestureKind>([
  ...giveTypes.map((type) => [type, 'give'] as const),
  ...askTypes.map((type) => [type, 'ask'] as const),
  ...signalTypes.map((type) => [type, 'signal'] as const),
]);

export function gestureKind(type: GestureType): GestureKind {
  // Every type is in exactly one of the three lists (schema.ts), so the map is total.
  return kinds.get(type)!;
}

export interface GestureGroup {
  kind: GestureKind;
  heading: string;
  /** One line under the heading saying what the group is for. */
  hint: string;
  types: readonly GestureType[];
}

/** The groups in the order the buttons show them: giving first, it is the point. */
export const gestureGroups: readonly GestureGroup[] = [
  {
    kind: 'give',
    heading: 'Give',
    hint: 'Value-adding touches: each one resets the follow-up clock.',
    types: giveTypes,
  },
  {
    kind: 'ask',
    heading: 'Ask',
    hint: 'Asks draw on the relationship; they do not reset the clock.',
    types: askTypes,
  },
  {
    kind: 'signal',
    heading: 'They shared',
    hint: 'Signs of an advocate: evidence for the top level.',
    types: signalTypes,
  },
];

export const askOutcomes: readonly AskOutcome[] = ['pending', 'yes', 'no'];

/** Short words for an ask's outcome, as a button and in the timeline. */
export const askOutcomeLabels: Readonly<Record<AskOutcome, string>> = {
  pending: 'waiting for an answer',
  yes: 'they said yes',
  no: 'they said no',
};

/** What one click on a group's button logs, for the status line: "Logged: Asked for a referral (they said yes)". */
export function describeGesture(type: GestureType, outcome?: AskOutcome): string {
  const label = gestureLabel(type);
  return outcome && gestureKind(type) === 'ask' ? `${label} (${askOutcomeLabels[outcome]})` : label;
}
