import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile } from '../../bench/lib/cpu-profile';

const EXTENSION = 'chrome-extension://abc/';

/** A profile of `run`: [node, how many samples, µs each] in order. Node 2 is the extension's code, 3 a DOM call it makes, 4 the page's code, 5 idle. */
function profileOf(run: [node: number, count: number, us: number][]): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (const [node, count, us] of run)
    for (let i = 0; i < count; i++) {
      samples.push(node);
      timeDeltas.push(us);
    }
  // A delta is the time since the sample before: the first one's is the profile's start.
  timeDeltas.unshift(0);
  timeDeltas.pop();
  return {
    nodes: [
      { id: 1, children: [2, 4, 5], callFrame: { url: '', functionName: '(root)' } },
      {
        id: 2,
        children: [3],
        callFrame: { url: `${EXTENSION}content-scripts/content.js`, functionName: 'render' },
      },
      { id: 3, callFrame: { url: '', functionName: 'querySelectorAll' } },
      { id: 4, callFrame: { url: 'https://mail.google.com/app.js', functionName: 'layout' } },
      { id: 5, callFrame: { url: '', functionName: '(idle)' } },
    ],
    startTime: 0,
    endTime: 0,
    samples,
    timeDeltas,
  };
}

describe('the longest stretch of extension code in a CPU profile', () => {
  it.each<[string, Parameters<typeof profileOf>[0], number, number]>([
    [
      'counts DOM calls the extension makes as its own, and keeps a stretch across a short pause',
      [
        [3, 100, 100],
        [4, 10, 100],
        [2, 100, 100],
        [5, 1, 100],
      ],
      20,
      20,
    ],
    [
      'parts two stretches with 2 ms of other work between them, however finely sampled',
      [
        [2, 100, 100],
        [4, 20, 100],
        [2, 120, 100],
        [5, 1, 100],
      ],
      22,
      12,
    ],
    [
      'parts two stretches at idle',
      [
        [2, 100, 100],
        [5, 1, 100],
        [2, 50, 100],
        [4, 1, 100],
      ],
      15,
      10,
    ],
  ])('%s', (_, run, extensionMs, longestStretchMs) => {
    const attribution = attribute(profileOf(run), EXTENSION);
    expect(attribution.extensionMs).toBeCloseTo(extensionMs, 5);
    expect(attribution.longestStretchMs).toBeCloseTo(longestStretchMs, 5);
  });
});
