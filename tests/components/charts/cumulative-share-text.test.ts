import { describe, expect, it } from 'vitest';
import { cumulativeShareText } from '../../../components/charts/cumulative-share-text';

describe('cumulativeShareText', () => {
  it('rounds a share to the nearest whole percent when that cannot read as the cut', () => {
    expect(cumulativeShareText(0.596, false, 0.8)).toBe('60%');
    expect(cumulativeShareText(0.7949, false, 0.8)).toBe('79%');
    expect(cumulativeShareText(0.853, true, 0.8)).toBe('85%');
  });

  it('keeps one decimal for a share short of the cut that would round up to it', () => {
    expect(cumulativeShareText(420_000 / 527_000, false, 0.8)).toBe('79.7%');
    expect(cumulativeShareText(0.795, false, 0.8)).toBe('79.5%');
  });

  it('stops a tenth short of the cut rather than round up onto it', () => {
    expect(cumulativeShareText(0.79996, false, 0.8)).toBe('79.9%');
    expect(cumulativeShareText(0.6999, false, 0.7)).toBe('69.9%');
  });

  it('writes a share that has reached the cut as the cut, however near it lands', () => {
    // Sums of money can land a hair under the line they reach; the series has decided they reach it.
    expect(cumulativeShareText(0.8 - 1e-12, true, 0.8)).toBe('80%');
  });
});
