/**
 * bench/results.json (machine-readable, the shape issue 8 fixes) and
 * bench/RESULTS.md (for people: machine, browser, date, every figure against
 * its target, and how each was measured).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import type { Figure, Section } from './result';

export interface RunInfo {
  commit: string;
  dirty: boolean;
  browser: string;
  date: string;
  machine: string;
  loadBefore: string;
  loadAfter: string;
  mode: 'full' | 'smoke';
  durationS: number;
}

/**
 * The commit measured. BENCH_COMMIT names it when the bench runs from a clean
 * export of that commit (`git archive`), which has no .git: then nothing
 * uncommitted can be in the build.
 */
export function gitCommit(): { commit: string; dirty: boolean } {
  if (process.env.BENCH_COMMIT) return { commit: process.env.BENCH_COMMIT, dirty: false };
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  // Only tracked sources count; results files written by this run do not.
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((line) => line.trim() && !/bench\/(results\.json|RESULTS\.md)$/.test(line));
  return { commit, dirty: status.length > 0 };
}

export function machineDescription(): string {
  const cpu = cpus();
  return `${osType()} ${release()}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM`;
}

export function loadNow(): string {
  let uptime = '';
  try {
    uptime = execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    uptime = `load average: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`;
  }
  return uptime;
}

function show(value: number | null, unit: string): string {
  return value === null ? 'not measured' : `${value} ${unit}`;
}

export function writeReports(info: RunInfo, sections: Section[], jsonPath: string, mdPath: string): void {
  const results: Figure[] = sections.flatMap((section) => section.figures);
  writeFileSync(
    jsonPath,
    `${JSON.stringify({ commit: info.commit, browser: info.browser, date: info.date, results }, null, 2)}\n`,
  );
  const lines: string[] = [
    '# Rapport benchmark results',
    '',
    `- Mode: ${info.mode}${info.mode === 'smoke' ? ' (a short run: few repetitions, small database; not the figures to quote)' : ''}`,
    `- Commit: \`${info.commit}\`${info.dirty ? ' (with uncommitted changes in the working tree)' : ''}`,
    `- Browser: ${info.browser}, headless, production build`,
    `- Date: ${info.date}; the run took ${Math.round(info.durationS)} s`,
    `- Machine: ${info.machine}`,
    `- Load before: \`${info.loadBefore}\``,
    `- Load after: \`${info.loadAfter}\``,
    '',
    'Produced by `npm run bench` (bench/run.ts). Figures marked "missed" are targets not met; they are reported as measured.',
    '',
    '## Summary',
    '',
    '| id | what | value | target | met |',
    '|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.id} | ${r.what} | ${show(r.value, r.unit)} | ${r.target} | ${r.value === null ? 'not measured' : r.met ? 'yes' : '**missed**'} |`,
    ),
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '', `**Method.** ${section.method}`, '');
    for (const note of section.notes) lines.push(`- ${note}`);
    if (section.notes.length > 0) lines.push('');
  }
  writeFileSync(mdPath, `${lines.join('\n')}\n`);
}
