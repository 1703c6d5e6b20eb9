import { describe, expect, it } from 'vitest';
import { settleChecks } from '../../../components/sidebar/use-settled-checks';
import type { AssumptionCheck } from '../../../lib/domain/assumption-checks';

const stale: AssumptionCheck = { kind: 'stale', message: 'Stale: no gesture in 40 days' };
const level: AssumptionCheck = { kind: 'level-unsupported', message: 'Set as Client, but…' };

describe('settling assumption checks', () => {
  it('keeps the lines shown in their order, a cleared one marked, and adds new ones after', () => {
    const first = settleChecks([], [stale, level]);
    expect(first.map((check) => [check.kind, check.cleared])).toEqual([
      ['stale', false],
      ['level-unsupported', false],
    ]);
    const afterGive = settleChecks(first, [level]);
    expect(afterGive).toEqual([
      { ...stale, cleared: true },
      { ...level, cleared: false },
    ]);
  });

  it('shows a check that comes back with its new wording, not cleared', () => {
    const back = { kind: 'stale', message: 'Stale: no gesture in 41 days' } as const;
    expect(settleChecks([{ ...stale, cleared: true }], [back])).toEqual([{ ...back, cleared: false }]);
  });
});
