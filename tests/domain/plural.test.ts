import { describe, expect, it } from 'vitest';
import { plural } from '../../lib/domain/plural';

describe('plural', () => {
  it('counts in English, grouping thousands as the contacts count does', () => {
    expect(plural(1, 'account')).toBe('1 account');
    expect(plural(0, 'account')).toBe('0 accounts');
    expect(plural(1_000, 'account')).toBe('1,000 accounts');
    expect(plural(50_000, 'open account issue')).toBe('50,000 open account issues');
  });
});
