import { describe, expect, it } from 'vitest';
import type { Ladder, Level } from '../../lib/db/schema';
import { contrastRatio } from '../../lib/domain/color-contrast';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { validateLadder } from '../../lib/domain/ladder-validation';

const level = (overrides: Partial<Level>): Level => ({
  id: 'level',
  name: 'Level',
  color: '#1f6fb2',
  definition: '',
  evidence: [{ kind: 'min-deals', count: 1 }],
  ...overrides,
});
const ladderOf = (...levels: Level[]): Ladder => ({ levels });

describe('validateLadder', () => {
  it('accepts the default ladder', () => {
    expect(validateLadder(defaultLadder)).toEqual([]);
  });

  it('accepts the user renaming, recolouring and redefining a level', () => {
    const customised = structuredClone(defaultLadder);
    customised.levels[1] = {
      ...customised.levels[1]!,
      name: 'Buyer',
      color: '#000000',
      definition: 'Signed once.',
    };
    expect(validateLadder(customised)).toEqual([]);
  });

  it('needs at least two levels', () => {
    expect(validateLadder(ladderOf(level({ evidence: [] })))).not.toEqual([]);
  });

  it('needs names that tell the levels apart, whatever their case and spacing', () => {
    const problems = validateLadder(
      ladderOf(level({ id: 'a', name: 'Client', evidence: [] }), level({ id: 'b', name: ' client ' })),
    );
    expect(problems).toEqual([{ levelIndex: 1, message: 'another level is already called "client"' }]);
  });

  it('needs unique level ids', () => {
    const problems = validateLadder(
      ladderOf(level({ id: 'a', name: 'One', evidence: [] }), level({ id: 'a', name: 'Two' })),
    );
    expect(problems).toEqual([{ levelIndex: 1, message: 'another level already has the id "a"' }]);
  });

  it('refuses a colour too light to read text on', () => {
    const problems = validateLadder(
      ladderOf(
        level({ id: 'a', name: 'One', evidence: [] }),
        level({ id: 'b', name: 'Two', color: '#ffd700' }),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ levelIndex: 1 });
    expect(problems[0]!.message).toMatch(
      /^the colour #ffd700 is too light to read text on \(contrast 1\.4:1, needs 4\.5:1\)$/,
    );
  });

  it('needs evidence on every level above the lowest', () => {
    const problems = validateLadder(
      ladderOf(level({ id: 'a', name: 'One', evidence: [] }), level({ id: 'b', name: 'Two', evidence: [] })),
    );
    expect(problems).toEqual([{ levelIndex: 1, message: '"Two" needs at least one piece of evidence' }]);
  });

  it('refuses one manual criterion id used for two different criteria', () => {
    const problems = validateLadder(
      ladderOf(
        level({ id: 'a', name: 'One', evidence: [{ kind: 'manual', id: 'x', label: 'Met the team' }] }),
        level({ id: 'b', name: 'Two', evidence: [{ kind: 'manual', id: 'x', label: 'Visited us' }] }),
      ),
    );
    expect(problems).toEqual([
      { levelIndex: 1, message: 'the criterion id "x" is used for both "Met the team" and "Visited us"' },
    ]);
  });

  it('points schema problems at the level concerned', () => {
    const problems = validateLadder(
      ladderOf(level({ id: 'a', name: 'One' }), level({ id: 'b', name: 'Two', color: 'blue' })),
    );
    expect(problems).toEqual([{ levelIndex: 1, message: 'a colour is #rrggbb' }]);
  });
});

describe('contrastRatio', () => {
  it('runs from 1 for a colour against itself to 21 for black on white', () => {
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
  });

  it('matches the WCAG figure for a mid grey on white', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
