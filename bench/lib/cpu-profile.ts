/**
 * Attributing main-thread time to the extension from a V8 CPU profile
 * (CDP Profiler): a sample belongs to the extension when any frame on its
 * stack is from the extension's scripts (chrome-extension://<id>/...), so
 * DOM calls the content script makes (querySelectorAll, attachShadow...)
 * count as the extension's too. Style and layout the browser does later,
 * outside any script, are not in JS stacks; the Performance-metrics
 * comparison with a browser without the extension covers those.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { url: string; functionName: string };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Attribution {
  /** Time of samples with an extension frame on the stack, in ms. */
  extensionMs: number;
  /**
   * The longest stretch of extension samples not parted by idle or by 2 ms
   * or more of other work, in ms: stands for the longest task it ran.
   */
  longestStretchMs: number;
  /** Self time by extension function name, in ms (for finding what to fix). */
  byFunction: Map<string, number>;
}

export async function startProfiling(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

export async function stopProfiling(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.send('Profiler.disable');
  return profile;
}

export function attribute(profile: CpuProfile, urlPrefix: string): Attribution {
  const parentOf = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const isExtension = new Map<number, boolean>();
  const extensionStack = (id: number): boolean => {
    const known = isExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const result =
      (node?.callFrame.url.startsWith(urlPrefix) ?? false) ||
      (parent !== undefined && extensionStack(parent));
    isExtension.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let extensionUs = 0;
  let stretchUs = 0;
  let longestUs = 0;
  /** Other work since the last extension sample: many short samples of it part two stretches as one long one does. */
  let gapUs = 0;
  const byFunction = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const duration = deltas[i + 1] ?? 0;
    const id = samples[i]!;
    if (extensionStack(id)) {
      extensionUs += duration;
      stretchUs += duration;
      gapUs = 0;
      longestUs = Math.max(longestUs, stretchUs);
      const node = byId.get(id)!;
      const name = node.callFrame.url.startsWith(urlPrefix)
        ? node.callFrame.functionName || '(anonymous)'
        : `(native ${node.callFrame.functionName || 'code'})`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + duration / 1000);
    } else {
      gapUs += duration;
      if (gapUs >= 2000 || byId.get(id)?.callFrame.functionName === '(idle)') stretchUs = 0;
    }
  }
  return { extensionMs: extensionUs / 1000, longestStretchMs: longestUs / 1000, byFunction };
}
