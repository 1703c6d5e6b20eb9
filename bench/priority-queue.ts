/**
 * How long the priority queue takes at scale: 50,000 contacts with 500,000
 * gestures, in memory. Prints the median and 95th percentile of several runs
 * for building the per-contact inputs from the records, for ranking them,
 * and for both. The data set is generated from a fixed seed, so every run
 * measures the same work.
 *
 * Run with: npx tsx bench/priority-queue.ts
 * (bench/priority-source.ts reads the same data set from a database.)
 */
import { pathToFileURL } from 'node:url';
import type { Account, AccountIssue, Contact, FollowUp, Gesture, GestureType, Goal } from '../lib/db/schema';
import { gestureTypes } from '../lib/db/schema';
import { defaultLadder } from '../lib/domain/default-ladder';
import { defaultEngineSettings } from '../lib/domain/engine-settings';
import { buildPriorityInputs, type PriorityRecords } from '../lib/domain/priority-inputs';
import { rankPriorities } from '../lib/domain/priority';

const CONTACTS = 50_000;
const GESTURES = 500_000;
const ACCOUNTS = 5_000;
/** Open follow-ups by default; `generate` can make more, some of them done. */
const FOLLOW_UPS = 10_000;
const GOALS = 2_000;
const ISSUES = 500;
const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 25;
const SEED = 20_250_616;
const DAY = 86_400_000;
export const NOW = Date.UTC(2025, 5, 16, 12);

/** mulberry32: a small, well-known seeded generator; Math.random cannot be seeded. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DataSetOptions {
  followUps?: number;
  /** The share of follow-ups already done (done ones pile up over the years). */
  doneShare?: number;
  /** The share of gestures dated in the future (logged in advance). */
  futureShare?: number;
}

export function generate({
  followUps: followUpCount = FOLLOW_UPS,
  doneShare = 0,
  futureShare = 0,
}: DataSetOptions = {}): PriorityRecords {
  const random = generator(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const daysAgo = (max: number) => NOW - Math.floor(random() * max * DAY);
  const stamps = { createdAt: daysAgo(1000), updatedAt: NOW };

  const accounts: Account[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
    id: `a${i}`,
    name: `Account ${i}`,
    domains: [],
    // Heavy-tailed revenue, as real books of business are.
    revenue: Math.round(1000 / (random() + 0.001) ** 1.5),
    potential: Math.round(random() * 50_000),
    ...stamps,
  }));
  const contacts: Contact[] = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `c${i}`,
    name: `Contact ${i}`,
    linkedinSlugs: [],
    emails: [],
    accountId: random() < 0.95 ? `a${Math.floor(random() * ACCOUNTS)}` : null,
    roles: random() < 0.3 ? ['decision-maker'] : [],
    seniority: 'unknown',
    levelId: pick(defaultLadder.levels).id,
    interests: [],
    motivations: [],
    tags: [],
    cadenceDays: random() < 0.1 ? 7 + Math.floor(random() * 60) : null,
    evidenceTicks: [],
    left: random() < 0.03,
    createdAt: daysAgo(1000),
    updatedAt: NOW,
  }));
  const gestures: Gesture[] = Array.from({ length: GESTURES }, (_, i) => ({
    id: `g${i}`,
    contactId: `c${Math.floor(random() * CONTACTS)}`,
    type: pick(gestureTypes) as GestureType,
    at: futureShare > 0 && random() < futureShare ? NOW + Math.floor(random() * 30 * DAY) : daysAgo(720),
    ...stamps,
  }));
  const followUps: FollowUp[] = Array.from({ length: followUpCount }, (_, i) => ({
    id: `f${i}`,
    contactId: `c${Math.floor(random() * CONTACTS)}`,
    dueAt: NOW + Math.floor((random() - 0.5) * 60 * DAY),
    reason: 'Follow up',
    source: pick(['manual', 'goal', 'cadence'] as const),
    goalId: null,
    stepId: null,
    snoozedUntil: random() < 0.2 ? NOW + Math.floor(random() * 10 * DAY) : null,
    doneAt: doneShare > 0 && random() < doneShare ? daysAgo(300) : null,
    ...stamps,
  }));
  const goals: Goal[] = Array.from({ length: GOALS }, (_, i) => {
    const forAccount = random() < 0.3;
    return {
      id: `goal${i}`,
      contactId: forAccount ? null : `c${Math.floor(random() * CONTACTS)}`,
      accountId: forAccount ? `a${Math.floor(random() * ACCOUNTS)}` : null,
      title: 'Goal',
      targetLevelId: null,
      targetRevenue: null,
      deadline: NOW + 90 * DAY,
      evidence: [],
      steps: [1, 2, 3].map((n) => ({
        id: `s${n}`,
        text: 'Step',
        dueAt: NOW + Math.floor((random() - 0.3) * 30 * DAY),
        doneAt: null,
      })),
      status: 'open',
      ...stamps,
    };
  });
  const issues: AccountIssue[] = Array.from({ length: ISSUES }, (_, i) => ({
    id: `i${i}`,
    accountId: `a${Math.floor(random() * ACCOUNTS)}`,
    kind: 'billing',
    description: 'Open issue',
    openedAt: daysAgo(60),
    resolvedAt: null,
    ...stamps,
  }));
  return { contacts, accounts, gestures, followUps, goals, issues };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export function report(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(28)} median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms`,
  );
}

function main(): void {
  const records = generate();
  const build = () => buildPriorityInputs(records, defaultLadder, defaultEngineSettings, NOW);
  const inputs = build();
  const rank = () =>
    rankPriorities(inputs, NOW, { dueSoonDays: defaultEngineSettings.cadence.dueSoonDays, limit: 50 });

  const buildTimes: number[] = [];
  const rankTimes: number[] = [];
  let listed = 0;
  for (let run = 0; run < WARM_UP_RUNS + MEASURED_RUNS; run++) {
    const start = performance.now();
    build();
    const built = performance.now();
    listed = rank().total;
    const ranked = performance.now();
    if (run >= WARM_UP_RUNS) {
      buildTimes.push(built - start);
      rankTimes.push(ranked - built);
    }
  }

  console.log(
    `${records.contacts.length} contacts, ${records.gestures.length} gestures, ${records.accounts.length} accounts; ` +
      `${listed} need attention; ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up`,
  );
  report('build inputs from records', buildTimes);
  report('rank (top 50 with reasons)', rankTimes);
  report(
    'both',
    buildTimes.map((t, i) => t + rankTimes[i]!),
  );
}

// Run only when started as a script, not when priority-source.ts imports the data set.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
