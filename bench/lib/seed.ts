/**
 * A deterministic book of business at any scale, written as a Rapport backup
 * file (docs/backup-format.md) so it goes in through the dashboard's "Import
 * backup" like a user's own file. Fixed seed: every run imports the same
 * records. Realistic shapes: names with accents and CJK, one to three email
 * addresses per contact, heavily skewed account values (a few accounts hold
 * most of the revenue), gestures spread over three years, open and done
 * follow-ups. Record ids are UUIDs, as Rapport makes them (lib/db/ids.ts):
 * their length is part of what every read of a real book costs.
 *
 * Ten gestures and 0.4 follow-ups per contact, one account per ten contacts:
 * at 50,000 contacts that is the 500,000 gestures and 20,000
 * follow-ups.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { newContactDefaults } from '../../lib/db/contacts';
import { gestureTypes, type Account, type Contact, type FollowUp, type Gesture } from '../../lib/db/schema';

const DAY = 86_400_000;
const SEED = 20_261_123;

/** The people on the saved fixture pages, always present so their badges show. */
export const PROFILE_SLUG = 'eduardo-alvarez-nowak';
export const GMAIL_SENDER = 'news@twilio.com';

export interface SeedSize {
  contacts: number;
  gestures: number;
  followUps: number;
  accounts: number;
}

export function sizeFor(contacts: number): SeedSize {
  return {
    contacts,
    gestures: contacts * 10,
    followUps: Math.round(contacts * 0.4),
    accounts: Math.max(1, Math.round(contacts / 10)),
  };
}

/** mulberry32: small, well known, seedable (Math.random is not). */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const firstNames = [
  'Ana',
  'Åsa',
  'Björn',
  'Chloé',
  'Dmitri',
  'Éloïse',
  'François',
  'Gülşen',
  'Hannah',
  'Ingrid',
  'José',
  'Jürgen',
  'Kateřina',
  'Łukasz',
  'Małgorzata',
  'Nuño',
  'Olúwaseun',
  'Piotr',
  'Renée',
  'Søren',
  'Zoë',
  '美咲',
  '陽翔',
  '伟',
  '秀英',
  '민준',
  '서연',
  'Ngọc',
  'Priya',
  'Mehmet',
];
const lastNames = [
  'Andersson',
  'Błaszczykowski',
  'Çelik',
  'Dvořák',
  'Fernández',
  'García Márquez',
  'Håkansson',
  'Jović',
  'Kowalczyk',
  'Lefèvre',
  'Müller',
  'Nguyễn',
  'Ó Briain',
  'Pérez',
  'Schröder',
  'Sjöström',
  'Vázquez',
  'Østergaard',
  '佐藤',
  '鈴木',
  '王',
  '李',
  '김',
  '박',
  'Okonkwo',
  'Patel',
  'Yılmaz',
  'Zieliński',
];
const industries = ['Logistics', 'Energy', 'Retail', 'Software', 'Manufacturing', 'Healthcare', 'Finance'];
const levels = ['prospect', 'customer', 'client', 'supporter', 'advocate'];
const levelWeights = [0.45, 0.25, 0.18, 0.08, 0.04];

/**
 * Ids shaped as crypto.randomUUID makes them (version 4, lowercase, hyphens),
 * drawn from their own fixed seed so they leave the records' values as they
 * were.
 */
function uuidSource(seed: number): () => string {
  const random = generator(seed);
  const hex = (digits: number) => {
    let text = '';
    for (let i = 0; i < digits; i++) text += Math.floor(random() * 16).toString(16);
    return text;
  };
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

/** Lower-case ASCII for slugs and addresses ("Łukasz Dvořák" → "lukasz-dvorak"); CJK names fall back to "p". */
function ascii(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .replace(/ø/gi, 'o')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return folded || 'p';
}

interface Sink {
  write(text: string): void;
  close(): void;
}

function fileSink(path: string): Sink {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let buffer = '';
  return {
    write(text) {
      buffer += text;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    },
    close() {
      writeSync(fd, buffer);
      closeSync(fd);
    },
  };
}

/** Writes one table as a JSON array, one record at a time (500,000 records do not fit one string comfortably). */
function writeTable<T>(sink: Sink, name: string, count: number, make: (index: number) => T, last = false) {
  sink.write(`"${name}":[`);
  for (let i = 0; i < count; i++) sink.write((i === 0 ? '' : ',') + JSON.stringify(make(i)));
  sink.write(last ? ']' : '],');
}

export interface SeedInfo {
  file: string;
  size: SeedSize;
  records: number;
  /** LinkedIn slugs of contacts spread through the data, for lookups. */
  knownSlugs: string[];
}

/** Writes the backup for `size` at `file`, as of `now`. */
export function writeSeedBackup(file: string, size: SeedSize, now: number): SeedInfo {
  const random = generator(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const weighted = (weights: readonly number[]) => {
    let r = random();
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  };
  const threeYears = 3 * 365 * DAY;
  const nextId = uuidSource(SEED + 1);
  const accountIds = Array.from({ length: size.accounts }, nextId);
  const contactIds = Array.from({ length: size.contacts }, nextId);

  const accountNames: string[] = [];
  const accountDomains: string[] = [];
  const accounts: Account[] = [];
  for (let i = 0; i < size.accounts; i++) {
    const name = `${pick(lastNames)} ${pick(industries)} ${i}`;
    const domain = `${ascii(name)}.example`;
    accountNames.push(name);
    accountDomains.push(domain);
    // Pareto-like (alpha ≈ 1.16, the 80/20 shape): most accounts small, a few very large.
    const revenue = Math.min(1e12, Math.round(5_000 / Math.pow(1 - random() * 0.999, 1 / 1.16)));
    accounts.push({
      id: accountIds[i]!,
      name,
      domains: [domain],
      industry: pick(industries),
      revenue,
      potential: Math.round(revenue * random()),
      createdAt: now - Math.floor(random() * threeYears),
      updatedAt: now - Math.floor(random() * 30 * DAY),
    });
  }

  const knownSlugs: string[] = [];
  const sink = fileSink(file);
  sink.write(
    `{"format":"rapport-backup","schemaVersion":1,"exportedAt":${JSON.stringify(new Date(now).toISOString())},"tables":{`,
  );
  sink.write(`"accounts":${JSON.stringify(accounts)},`);
  writeTable(sink, 'contacts', size.contacts, (i): Contact => {
    const first = pick(firstNames);
    const last = pick(lastNames);
    const accountIndex = Math.floor(random() * size.accounts);
    let slug = `${ascii(first)}-${ascii(last)}-${i.toString(36)}`;
    let emails = Array.from(
      { length: 1 + Math.floor(random() * 3) },
      (_, n) => `${ascii(first)}.${ascii(last)}${n === 0 ? '' : n}.${i}@${accountDomains[accountIndex]}`,
    );
    let name = `${first} ${last}`;
    if (i === 0) {
      slug = PROFILE_SLUG;
      name = 'Eduardo Alvarez Nowak';
    }
    if (i === 1) emails = [GMAIL_SENDER];
    if (i % Math.max(1, Math.floor(size.contacts / 200)) === 0) knownSlugs.push(slug);
    return {
      ...newContactDefaults,
      id: contactIds[i]!,
      name,
      headline: `${pick(['Head of', 'Director of', 'VP', 'Manager,'])} ${pick(industries)} at ${accountNames[accountIndex]}`,
      linkedinSlugs: [slug],
      emails,
      accountId: accountIds[accountIndex]!,
      roles: random() < 0.2 ? ['decision-maker'] : random() < 0.3 ? ['influencer'] : [],
      seniority: pick(['senior', 'middle', 'staff', 'unknown'] as const),
      levelId: levels[weighted(levelWeights)]!,
      interests: random() < 0.5 ? [pick(['sailing', 'chess', 'jazz', 'climbing', 'wine'])] : [],
      createdAt: now - threeYears - Math.floor(random() * 365 * DAY),
      updatedAt: now - Math.floor(random() * 90 * DAY),
    };
  });
  writeTable(sink, 'gestures', size.gestures, (i): Gesture => {
    // Skewed too: a fifth of the contacts get most of the attention.
    const contact =
      random() < 0.8
        ? Math.floor(random() * Math.max(1, size.contacts / 5))
        : Math.floor(random() * size.contacts);
    const at = now - Math.floor(random() * threeYears);
    const type = pick(gestureTypes);
    return {
      id: nextId(),
      contactId: contactIds[contact]!,
      type,
      at,
      ...(type === 'article'
        ? { title: `Article ${i % 997}`, url: `https://example.com/articles/${i % 997}` }
        : {}),
      ...(type.endsWith('-ask') ? { outcome: pick(['pending', 'yes', 'no'] as const) } : {}),
      createdAt: at,
      updatedAt: at,
    };
  });
  writeTable(sink, 'followUps', size.followUps, (): FollowUp => {
    const dueAt = now + Math.floor((random() - 0.5) * 120 * DAY);
    const done = random() < 0.5;
    return {
      id: nextId(),
      contactId: contactIds[Math.floor(random() * size.contacts)]!,
      dueAt,
      reason: pick(['Send the case study', 'Ask about the tender', 'Introduce to our CTO', 'Check in']),
      source: 'manual',
      goalId: null,
      stepId: null,
      snoozedUntil: null,
      doneAt: done ? Math.min(now, dueAt) : null,
      createdAt: dueAt - 30 * DAY,
      updatedAt: dueAt - 30 * DAY,
    };
  });
  for (const table of ['deals', 'notes', 'goals', 'accountIssues']) sink.write(`"${table}":[],`);
  sink.write(`"settings":[]}}`);
  sink.close();
  return {
    file,
    size,
    records: size.accounts + size.contacts + size.gestures + size.followUps,
    knownSlugs,
  };
}

/**
 * LinkedIn's Connections.csv for `count` connections, as LinkedIn exports it
 * (the "Notes:" preamble, then First Name, Last Name, URL, Email Address,
 * Company, Position, Connected On); most connections share no address, and
 * companies repeat (a few employ many of them).
 */
export function connectionsCsv(count: number): string {
  const random = generator(SEED + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const companies = Math.max(1, Math.round(count / 8));
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < count; i++) {
    const first = pick(firstNames);
    const last = pick(lastNames);
    // Zipf-like: company k is picked with weight about 1/k.
    const company = Math.floor(Math.pow(companies, random())) - 1;
    const companyName = `${pick(lastNames)} ${industries[company % industries.length]} ${company}`;
    const email = random() < 0.15 ? `${ascii(first)}.${ascii(last)}.${i}@mail.example` : '';
    const connected = `${1 + Math.floor(random() * 28)} ${pick(months)} ${2012 + Math.floor(random() * 14)}`;
    lines.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${ascii(first)}-${ascii(last)}-${(i + 7_000_000).toString(36)}`,
        email,
        companyName,
        `${pick(['Head of', 'Director of', 'VP', 'Manager,'])} ${pick(industries)}`,
        connected,
      ]
        .map(quote)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
