/**
 * The default relationship ladder from DOMAIN.md, lowest level first. Each
 * level's evidence is made of observable facts, never of the user's feeling,
 * and lists everything the level needs: nothing is inherited from the levels
 * below (lib/domain/levels.ts), which is why "2 deals" (the repeat purchase
 * that shows a Client sees the value) recurs on the upper levels.
 * The user may rename, recolour, redefine and extend it (settings key
 * `ladder`); this is what a new install starts with.
 */
import type { Ladder } from '../db/schema';

export const defaultLadder: Ladder = {
  levels: [
    {
      id: 'prospect',
      name: 'Prospect',
      color: '#5b6472',
      definition: 'Has not bought yet, but is a qualified potential customer.',
      evidence: [],
    },
    {
      id: 'customer',
      name: 'Customer',
      color: '#1f6fb2',
      definition: 'Has bought once; may or may not be loyal.',
      evidence: [{ kind: 'min-deals', count: 1 }],
    },
    {
      id: 'client',
      name: 'Client',
      color: '#137a4b',
      definition: 'Has bought more than once and has shown they see the value we offer.',
      evidence: [{ kind: 'min-deals', count: 2 }],
    },
    {
      id: 'supporter',
      name: 'Supporter',
      color: '#8a4baf',
      definition:
        'Acts as a reference for us; we have relationships with all key decision makers and 70%+ of the influencers in the account.',
      evidence: [
        { kind: 'min-deals', count: 2 },
        { kind: 'reference-given' },
        { kind: 'decision-makers-related' },
        { kind: 'influencer-coverage', percent: 70 },
      ],
    },
    {
      id: 'advocate',
      name: 'Advocate',
      color: '#b3541e',
      definition:
        'Close relationships at senior and middle management; we know all decision makers and influencers; they share strategic plans with us and feed ideas into our product.',
      evidence: [
        { kind: 'min-deals', count: 2 },
        { kind: 'reference-given' },
        { kind: 'senior-and-middle-management' },
        { kind: 'all-key-people-known' },
        { kind: 'shares-strategy' },
      ],
    },
  ],
};
