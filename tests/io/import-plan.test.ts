import { describe, expect, it, vi } from 'vitest';
import {
  ImportConflictError,
  planContactImport,
  runContactImport,
  undoContactImport,
  type ImportProgress,
} from '../../lib/db/contact-import';
import type { RapportDatabase } from '../../lib/db/database';
import { contactSchema } from '../../lib/db/schema';
import { getSetting, ladderSetting, setSetting } from '../../lib/db/settings';
import { parseCsvText, readCsvFile } from '../../lib/io/csv-file';
import { contactsToCsv } from '../../lib/io/contacts-csv-export';
import { mapRows, suggestMapping, type ImportRow } from '../../lib/io/csv-mapping';
import { IMPORT_DUE_PER_DAY } from '../../lib/io/import-clock';
import { linkedinMapping } from '../../lib/io/linkedin-connections';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { DAY_MS } from '../../lib/domain/time';
import { account, contact, gesture, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../db/test-database';
import { connectionsFile } from './import-fixture';

// Imports of hundreds of rows into fake-indexeddb take seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

async function fixtureRows(): Promise<ImportRow[]> {
  const table = await readCsvFile(connectionsFile());
  return mapRows(table, linkedinMapping(table));
}

function row(overrides: Partial<ImportRow> & { row: number }): ImportRow {
  return {
    name: `Person ${overrides.row}`,
    emails: [],
    slugs: [],
    company: null,
    headline: null,
    tags: [],
    interests: [],
    level: null,
    accountRevenue: null,
    accountPotential: null,
    roles: [],
    seniority: 'unknown',
    motivations: [],
    cadenceDays: null,
    left: null,
    problem: null,
    leftOut: [],
    ...overrides,
  };
}

/** `count` distinct people with a LinkedIn profile each, spread over a few companies. */
function manyRows(count: number): ImportRow[] {
  return Array.from({ length: count }, (_, i) =>
    row({ row: i + 2, name: `Person ${i}`, slugs: [`person-${i}`], company: `Company ${i % 50}` }),
  );
}

const reasons = (plan: { skip: Array<{ row: number; reason: string }> }) =>
  Object.fromEntries(plan.skip.map((s) => [s.row, s.reason]));

describe('planning an import of the LinkedIn fixture into an empty Rapport', () => {
  it('creates everyone with a name, one account per distinct company, and writes nothing', async () => {
    const database = freshDatabase();
    const before = await readEverything(database);
    const plan = await planContactImport(await fixtureRows(), NOW, database);

    expect(plan.create).toHaveLength(18);
    expect(plan.merge).toEqual([]);
    expect(plan.skip.map((s) => s.row)).toEqual([11, 23]);
    expect(plan.skip[0]!.reason).toMatch(/^No name/);
    expect(plan.newAccounts.map((a) => a.name).sort()).toEqual([
      'Globex, Inc.',
      'Hooli',
      'Initech',
      'Mensah Consulting',
      'Nordkraft Energi AB',
      'Société Générale des Eaux',
      'Stadtwerke Kiel',
      'Umbrella Health',
      'Umbrella Health, LLC',
      'Vandelay Industries',
      'globex inc.',
    ]);
    const nordkraft = plan.newAccounts.find((a) => a.name === 'Nordkraft Energi AB')!;
    expect(
      plan.create.filter((c) => c.contact.accountId === nordkraft.id).map((c) => c.contact.name),
    ).toEqual(['Anna Berg', 'Lars Ødegård', 'Emma Lindqvist']);
    expect(plan.create.find((c) => c.contact.name === 'Omar Haddad')!.contact.accountId).toBeNull();
    for (const { contact: planned } of plan.create)
      expect(contactSchema.safeParse(planned).success).toBe(true);
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('deduplicating against the database and within the file', () => {
  async function seeded(): Promise<RapportDatabase> {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acc-nordkraft', name: 'NORDKRAFT ENERGI AB' })],
      contacts: [
        // Anna is known by her profile, with a headline the user wrote and no account.
        contact({
          id: 'c-anna',
          name: 'Anna B.',
          linkedinSlugs: ['anna-berg-4b1a2c'],
          headline: 'Our buyer',
          accountId: null,
        }),
        // Wei is known by email only.
        contact({ id: 'c-wei', name: 'Wei Zhang', emails: ['wei.zhang@initech.example'], accountId: null }),
        // Emma is complete: nothing to add.
        contact({
          id: 'c-emma',
          name: 'Emma Lindqvist',
          linkedinSlugs: ['emma-lindqvist-5e6f7a'],
          emails: ['emma.lindqvist@nordkraft.example'],
          headline: 'CFO',
          accountId: 'acc-nordkraft',
        }),
      ],
    });
    return database;
  }

  it('merges by profile slug and by email, filling in only what is missing', async () => {
    const database = await seeded();
    const plan = await planContactImport(await fixtureRows(), NOW, database);

    const anna = plan.merge.find((m) => m.before.id === 'c-anna')!;
    expect(anna.filled).toEqual(['account NORDKRAFT ENERGI AB']);
    expect(anna.after).toMatchObject({ name: 'Anna B.', headline: 'Our buyer', accountId: 'acc-nordkraft' });

    const wei = plan.merge.find((m) => m.before.id === 'c-wei')!;
    expect(wei.filled).toEqual(['LinkedIn profile', 'headline', 'account Initech']);
    expect(wei.after.linkedinSlugs).toEqual(['wei-zhang-5c3d9e']);
    expect(wei.after.headline).toBe('Data Engineer');

    expect(reasons(plan)[24]).toBe('Already in Rapport as Emma Lindqvist, with nothing new to add.');
    expect(plan.create).toHaveLength(15);
    // The existing account is reused whatever its letter case; no second Nordkraft.
    expect(plan.newAccounts.map((a) => a.name)).not.toContain('Nordkraft Energi AB');
    expect(plan.create.find((c) => c.contact.name === 'Lars Ødegård')!.contact.accountId).toBe(
      'acc-nordkraft',
    );
  });

  it('skips a row that repeats an earlier row’s profile or email', async () => {
    const plan = await planContactImport(
      [
        row({ row: 2, name: 'Ada', slugs: ['ada'], emails: ['ada@x.example'] }),
        row({ row: 3, name: 'Ada again', slugs: ['ada'] }),
        row({ row: 4, name: 'Ada by mail', emails: ['ada@x.example'] }),
      ],
      NOW,
      freshDatabase(),
    );
    expect(plan.create.map((c) => c.row)).toEqual([2]);
    expect(reasons(plan)).toEqual({
      3: 'Duplicate of row 2 (same LinkedIn profile).',
      4: 'Duplicate of row 2 (same email ada@x.example).',
    });
  });

  it('skips a row whose profile and email belong to two different contacts', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c1', name: 'Ada One', linkedinSlugs: ['ada'], accountId: null }),
        contact({ id: 'c2', name: 'Ada Two', emails: ['ada@x.example'], accountId: null }),
      ],
    });
    const plan = await planContactImport(
      [row({ row: 2, name: 'Ada', slugs: ['ada'], emails: ['ada@x.example'] })],
      NOW,
      database,
    );
    expect(reasons(plan)[2]).toBe(
      'Matches 2 different contacts in Rapport (Ada One and Ada Two); merge them first.',
    );
  });

  it('skips a row without email or profile whose name is taken, in Rapport or earlier in the file', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact({ id: 'c1', name: 'Grace Hopper', accountId: null })],
    });
    const plan = await planContactImport(
      [
        row({ row: 2, name: 'grace hopper' }),
        row({ row: 3, name: 'Alan Turing' }),
        row({ row: 4, name: 'Alan  Turing' }),
        row({ row: 5, name: 'Grace Hopper', emails: ['grace@navy.example'] }),
      ],
      NOW,
      database,
    );
    expect(reasons(plan)).toEqual({
      2: 'No email or LinkedIn profile, and grace hopper is already in Rapport: it cannot be told apart.',
      4: 'No email or LinkedIn profile, and row 3 has the same name: it cannot be told apart.',
    });
    // With an email, a namesake is a different person.
    expect(plan.create.map((c) => c.row)).toEqual([3, 5]);
  });

  it('skips rows that could not be read and rows without a name, saying why', async () => {
    const plan = await planContactImport(
      [
        row({ row: 2, problem: 'the email "x" is not an email address' }),
        row({ row: 3, name: '', slugs: ['s'] }),
      ],
      NOW,
      freshDatabase(),
    );
    expect(reasons(plan)).toEqual({
      2: 'Could not be read: the email "x" is not an email address.',
      3: 'No name (LinkedIn leaves names out for members who hide them).',
    });
  });
});

describe('a large file (looked up with one table read instead of index lookups)', () => {
  it('finds the same people, and still refuses a plan gone stale', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c-5', name: 'Five', linkedinSlugs: ['person-5'], accountId: null }),
        contact({
          id: 'c-7',
          name: 'Seven',
          linkedinSlugs: ['person-700'],
          headline: 'Set',
          accountId: null,
        }),
        // A damaged row holding a slug in the file.
        { ...contact({ id: 'c-bad', name: 'Bad', linkedinSlugs: ['person-800'] }), emails: ['Not An Email'] },
      ],
    });
    const plan = await planContactImport(manyRows(1_100), NOW, database);
    expect(plan.merge.map((m) => [m.before.id, m.filled])).toEqual([
      ['c-5', ['account Company 5']],
      ['c-7', ['account Company 0']],
    ]);
    expect(reasons(plan)[802]).toBe(
      'Its LinkedIn profile belongs to a damaged record in Rapport; repair it first.',
    );
    expect(plan.create).toHaveLength(1_097);

    await seedDatabase(database, {
      contacts: [contact({ id: 'c-9', name: 'Nine', linkedinSlugs: ['person-900'], accountId: null })],
    });
    await expect(runContactImport(plan, { levelId: 'prospect', now: NOW }, database)).rejects.toThrow(
      ImportConflictError,
    );
    expect(await database.contacts.count()).toBe(4);
  });
});

describe('running an import', () => {
  it('writes the plan: contacts at the chosen level, accounts, merges', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c-wei', name: 'Wei Zhang', emails: ['wei.zhang@initech.example'], accountId: null }),
      ],
    });
    const plan = await planContactImport(await fixtureRows(), NOW, database);
    const report = await runContactImport(plan, { levelId: 'customer', now: NOW }, database);

    expect(report).toMatchObject({ created: 17, accountsCreated: 11, levelId: 'customer' });
    expect(report.merged.map((m) => m.before.id)).toEqual(['c-wei']);
    expect(report.skipped).toHaveLength(2);
    const anna = await database.contacts.where('linkedinSlugs').equals('anna-berg-4b1a2c').first();
    expect(anna).toMatchObject({ name: 'Anna Berg', levelId: 'customer', headline: 'Head of Procurement' });
    expect((await database.accounts.get(anna!.accountId!))!.name).toBe('Nordkraft Energi AB');
    expect(await database.contacts.count()).toBe(18);
    expect(await database.accounts.count()).toBe(11);
    expect((await database.contacts.get('c-wei'))!.linkedinSlugs).toEqual(['wei-zhang-5c3d9e']);
  });

  it('reports progress in chunks up to the total', async () => {
    const database = freshDatabase();
    const plan = await planContactImport(manyRows(600), NOW, database);
    const seen: ImportProgress[] = [];
    const onProgress = (p: ImportProgress) => seen.push(p);
    await runContactImport(plan, { levelId: 'prospect', now: NOW, onProgress, chunkSize: 100 }, database);
    const total = 600 + 50;
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((p, i) => i === 0 || p.done > seen[i - 1]!.done)).toBe(true);
  });

  it('spreads the new contacts’ first follow-ups: about 25 a day, first rows first, never before tomorrow', async () => {
    const database = freshDatabase();
    const plan = await planContactImport(manyRows(500), NOW, database);
    const report = await runContactImport(plan, { levelId: 'prospect', now: NOW }, database);
    // Prospect's shortest (top-tier) cadence is 30 days; 500 / 25 = 20 days.
    expect(report.spreadDays).toBe(500 / IMPORT_DUE_PER_DAY);
    const starts = await Promise.all(
      plan.create.map(async ({ contact: planned }) => (await database.contacts.get(planned.id))!.createdAt),
    );
    expect(starts[0]).toBe(NOW - 19 * DAY_MS);
    expect(starts.at(-1)).toBe(NOW);
    expect(new Set(starts).size).toBe(20);
    expect(starts.every((start, i) => i === 0 || start >= starts[i - 1]!)).toBe(true);
    const perDay = new Map<number, number>();
    for (const start of starts) perDay.set(start, (perDay.get(start) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBe(25);
  });

  it('does not stagger a small import: its contacts start now', async () => {
    const database = freshDatabase();
    const plan = await planContactImport(manyRows(10), NOW, database);
    const report = await runContactImport(plan, { levelId: 'prospect', now: NOW }, database);
    expect(report.spreadDays).toBe(1);
    expect((await database.contacts.toArray()).every((c) => c.createdAt === NOW)).toBe(true);
  });

  it('is all-or-nothing: a failure after some chunks were written leaves the database as it was', async () => {
    const database = freshDatabase();
    await seedDatabase(database, { contacts: [contact({ id: 'c-x', name: 'Someone', accountId: null })] });
    const before = await readEverything(database);
    const plan = await planContactImport(manyRows(600), NOW, database);
    // A record that will collide in the last chunk, after 500 contacts were written in this transaction.
    plan.create.at(-1)!.contact.id = 'c-x';
    let written = 0;
    const onProgress = (p: ImportProgress) => (written = p.done);
    await expect(
      runContactImport(plan, { levelId: 'prospect', now: NOW, onProgress, chunkSize: 100 }, database),
    ).rejects.toThrow();
    expect(written).toBeGreaterThanOrEqual(500);
    expect(await readEverything(database)).toEqual(before);
  });

  it('is all-or-nothing when the progress listener throws midway', async () => {
    const database = freshDatabase();
    const before = await readEverything(database);
    const plan = await planContactImport(manyRows(600), NOW, database);
    const onProgress = (p: ImportProgress) => {
      if (p.done > 300) throw new Error('tab closed');
    };
    await expect(
      runContactImport(plan, { levelId: 'prospect', now: NOW, onProgress, chunkSize: 100 }, database),
    ).rejects.toThrow('tab closed');
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a stale plan (someone in the file was added since the preview) and writes nothing', async () => {
    const database = freshDatabase();
    const plan = await planContactImport(await fixtureRows(), NOW, database);
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c-new', name: 'Anna', linkedinSlugs: ['anna-berg-4b1a2c'], accountId: null }),
      ],
    });
    const before = await readEverything(database);
    const refused = runContactImport(plan, { levelId: 'prospect', now: NOW }, database);
    await expect(refused).rejects.toThrow(ImportConflictError);
    await expect(refused).rejects.toThrow(
      'Your contacts changed since the preview (someone in the file was added in the meantime), so nothing was imported.',
    );
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a stale plan (a contact it merges into was edited since)', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c-wei', name: 'Wei', emails: ['wei.zhang@initech.example'], accountId: null }),
      ],
    });
    const plan = await planContactImport(await fixtureRows(), NOW, database);
    await database.contacts.update('c-wei', { headline: 'Edited', updatedAt: NOW + 1 });
    await expect(runContactImport(plan, { levelId: 'prospect', now: NOW }, database)).rejects.toThrow(
      /Wei was changed or deleted/,
    );
    expect(await database.contacts.count()).toBe(1);
  });

  it('refuses a level that is not on the ladder', async () => {
    const database = freshDatabase();
    const plan = await planContactImport(manyRows(3), NOW, database);
    await expect(runContactImport(plan, { levelId: 'nope', now: NOW }, database)).rejects.toThrow(/no level/);
    expect(await database.contacts.count()).toBe(0);
  });
});

describe('a file that gives each company’s revenue and potential', () => {
  it('gives a new account the first revenue its rows name, and leaves an existing account’s alone', async () => {
    const database = freshDatabase();
    await seedDatabase(database, { accounts: [account({ id: 'old', name: 'Oldco', revenue: 5 })] });
    const plan = await planContactImport(
      [
        row({ row: 2, name: 'Ann', emails: ['ann@newco.example'], company: 'Newco' }),
        row({ row: 3, name: 'Bob', emails: ['bob@newco.example'], company: 'Newco', accountRevenue: 900 }),
        row({ row: 4, name: 'Cy', emails: ['cy@newco.example'], company: 'Newco', accountRevenue: 100 }),
        row({ row: 5, name: 'Di', emails: ['di@oldco.example'], company: 'Oldco', accountRevenue: 1_000 }),
      ],
      NOW,
      database,
    );
    await runContactImport(plan, { levelId: 'prospect', now: NOW }, database);
    const revenues = Object.fromEntries((await database.accounts.toArray()).map((a) => [a.name, a.revenue]));
    expect(revenues).toEqual({ Newco: 900, Oldco: 5 });
    const newco = (await database.accounts.toArray()).find((a) => a.name === 'Newco')!;
    expect(await database.contacts.where('accountId').equals(newco.id).count()).toBe(3);
  });
  it('gives a new account the first potential its rows name, whichever row names it', async () => {
    const database = freshDatabase();
    await seedDatabase(database, { accounts: [account({ id: 'old', name: 'Oldco', potential: 5 })] });
    const plan = await planContactImport(
      [
        row({ row: 2, name: 'Ann', emails: ['ann@newco.example'], company: 'Newco', accountRevenue: 900 }),
        row({
          row: 3,
          name: 'Bob',
          emails: ['bob@newco.example'],
          company: 'Newco',
          accountPotential: 7_000,
        }),
        row({ row: 4, name: 'Cy', emails: ['cy@newco.example'], company: 'Newco', accountPotential: 1 }),
        row({ row: 5, name: 'Di', emails: ['di@oldco.example'], company: 'Oldco', accountPotential: 1_000 }),
      ],
      NOW,
      database,
    );
    await runContactImport(plan, { levelId: 'prospect', now: NOW }, database);
    const values = Object.fromEntries(
      (await database.accounts.toArray()).map((a) => [a.name, [a.revenue, a.potential]]),
    );
    expect(values).toEqual({ Newco: [900, 7_000], Oldco: [0, 5] });
  });

  it('brings back the accounts of Rapport’s own contacts export with their revenue and potential', async () => {
    const accounts = [
      account({ id: 'acme', name: 'Acme', revenue: 480_000, potential: 2_500_000 }),
      account({ id: 'globex', name: 'Globex', revenue: 0, potential: 70_000.5 }),
    ];
    const exported = contactsToCsv(
      [
        contact({ name: 'Ann', emails: ['ann@acme.example'], accountId: 'acme' }),
        contact({ name: 'Bob', emails: ['bob@globex.example'], accountId: 'globex' }),
      ],
      { accounts: new Map(accounts.map((a) => [a.id, a])), ladder: defaultLadder },
    );
    const table = parseCsvText(exported, 'rapport-contacts.csv');
    const database = freshDatabase();
    const plan = await planContactImport(mapRows(table, suggestMapping(table.header)), NOW, database);
    await runContactImport(plan, { levelId: 'prospect', now: NOW }, database);
    const values = (await database.accounts.toArray()).map(({ name, revenue, potential }) => ({
      name,
      revenue,
      potential,
    }));
    expect(values.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      accounts.map(({ name, revenue, potential }) => ({ name, revenue, potential })),
    );
  });
});

describe('a file that gives roles, seniority, motivations, cadence and having left the account', () => {
  const relationship = {
    roles: ['influencer', 'champion'],
    seniority: 'middle',
    motivations: ['growth', 'Status'],
    cadenceDays: 30,
    left: true,
  } satisfies Partial<ImportRow>;

  it('gives them to a new contact; one that does not say has none and has not left', async () => {
    const database = freshDatabase();
    const plan = await planContactImport(
      [
        row({ row: 2, name: 'Ann', emails: ['ann@acme.example'], ...relationship }),
        row({ row: 3, name: 'Bob', emails: ['bob@acme.example'] }),
      ],
      NOW,
      database,
    );
    const [ann, bob] = plan.create.map((entry) => entry.contact);
    expect(ann).toMatchObject(relationship);
    expect(bob).toMatchObject({
      roles: [],
      seniority: 'unknown',
      motivations: [],
      cadenceDays: null,
      left: false,
    });
  });

  it('completes a contact already in Rapport: lists joined, seniority and cadence only where it has none, never whether they left', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'bare', name: 'Ann', emails: ['ann@acme.example'] }),
        contact({
          id: 'known',
          name: 'Bob',
          emails: ['bob@acme.example'],
          roles: ['champion', 'user'],
          seniority: 'senior',
          motivations: ['status'],
          cadenceDays: 90,
          left: false,
        }),
        contact({ id: 'gone', name: 'Cy', emails: ['cy@acme.example'], left: true }),
      ],
    });
    const plan = await planContactImport(
      [
        row({ row: 2, name: 'Ann', emails: ['ann@acme.example'], ...relationship }),
        row({ row: 3, name: 'Bob', emails: ['bob@acme.example'], ...relationship }),
        row({ row: 4, name: 'Cy', emails: ['cy@acme.example'], left: false }),
      ],
      NOW,
      database,
    );
    const merged = Object.fromEntries(plan.merge.map((entry) => [entry.before.id, entry]));
    expect(merged.bare!.filled).toEqual(['roles', 'motivations', 'seniority', 'cadence']);
    expect(merged.bare!.after).toMatchObject({ ...relationship, left: false });
    expect(merged.known!.filled).toEqual(['roles', 'motivations']);
    expect(merged.known!.after).toMatchObject({
      roles: ['champion', 'user', 'influencer'],
      seniority: 'senior',
      motivations: ['status', 'growth'],
      cadenceDays: 90,
      left: false,
    });
    expect(reasons(plan)[4]).toBe('Already in Rapport as Cy, with nothing new to add.');
  });

  it('imports a row with a value it does not know without that value, and still skips a bad email', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact({ id: 'bob', name: 'Bob', emails: ['bob@acme.example'] })],
    });
    const table = parseCsvText(
      [
        'Name,Email,Roles,Seniority,Cadence days,Left account',
        'Ann,ann@acme.example,"VP; Champion",Chief,30 days,maybe',
        'Bob,bob@acme.example,VP,Staff,,',
        'Cy,not-an-email,VP,,,',
      ].join('\n'),
      'crm.csv',
    );
    const plan = await planContactImport(mapRows(table, suggestMapping(table.header)), NOW, database);
    expect(plan.create.map((entry) => entry.contact)).toEqual([
      expect.objectContaining({
        name: 'Ann',
        roles: ['champion'],
        seniority: 'unknown',
        cadenceDays: null,
        left: false,
      }),
    ]);
    expect(plan.merge.map((entry) => [entry.row, entry.filled])).toEqual([[3, ['seniority']]]);
    expect(reasons(plan)).toEqual({
      4: 'Could not be read: the email "not-an-email" is not an email address.',
    });
  });
});

describe('a file that names each contact’s level (a Level column, as in Rapport’s own export)', () => {
  const withLevels = () => [
    row({ row: 2, name: 'Ann', emails: ['ann@acme.example'], level: 'client' }),
    row({ row: 3, name: 'Bob', emails: ['bob@acme.example'], level: '  Supporter ' }),
    row({ row: 4, name: 'Cy', emails: ['cy@acme.example'] }),
    row({ row: 5, name: 'Di', emails: ['di@acme.example'], level: 'VIP' }),
    row({ row: 6, name: 'Ed', emails: ['ed@acme.example'], headline: 'CTO', level: 'Advocate' }),
  ];

  it('creates each contact at the level it names, the others at the level chosen; an unknown level is skipped, saying why', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact({ id: 'ed', name: 'Ed', emails: ['ed@acme.example'], levelId: 'prospect' })],
    });
    const plan = await planContactImport(withLevels(), NOW, database);
    expect(plan.skip).toEqual([
      {
        row: 5,
        name: 'Di',
        reason: '“VIP” is not a level on your ladder (Prospect, Customer, Client, Supporter, Advocate).',
      },
    ]);
    await runContactImport(plan, { levelId: 'customer', now: NOW }, database);
    const levels = Object.fromEntries((await database.contacts.toArray()).map((c) => [c.name, c.levelId]));
    // Ed was already in Rapport: an import completes a contact, it does not move them on the ladder.
    expect(levels).toEqual({ Ann: 'client', Bob: 'supporter', Cy: 'customer', Ed: 'prospect' });
  });

  it('refuses to write when a level the file names left the ladder after the preview', async () => {
    const database = freshDatabase();
    const plan = await planContactImport(withLevels(), NOW, database);
    const ladder = await getSetting(ladderSetting, database);
    await setSetting(
      ladderSetting,
      { levels: ladder.levels.filter((level) => level.id !== 'supporter') },
      database,
    );
    const refused = runContactImport(plan, { levelId: 'customer', now: NOW }, database);
    await expect(refused).rejects.toThrow(ImportConflictError);
    await expect(refused).rejects.toThrow(
      'Your relationship ladder changed since the preview (a level the file names was taken off it), so nothing was imported.',
    );
    expect(await database.contacts.count()).toBe(0);
  });
});

describe('undoing an import', () => {
  it('deletes what it created and puts merged contacts back as they were', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c-wei', name: 'Wei Zhang', emails: ['wei.zhang@initech.example'], accountId: null }),
      ],
    });
    const before = await readEverything(database);
    const report = await runContactImport(
      await planContactImport(await fixtureRows(), NOW, database),
      { levelId: 'prospect', now: NOW },
      database,
    );
    const undone = await undoContactImport(report.undo, database);
    expect(undone).toEqual({ removed: 17, restored: 1, accountsRemoved: 11, kept: 0 });
    expect(await readEverything(database)).toEqual(before);
  });

  it('keeps contacts changed or given a gesture since, and their accounts', async () => {
    const database = freshDatabase();
    const report = await runContactImport(
      await planContactImport(await fixtureRows(), NOW, database),
      { levelId: 'prospect', now: NOW },
      database,
    );
    const anna = (await database.contacts.where('linkedinSlugs').equals('anna-berg-4b1a2c').first())!;
    const wei = (await database.contacts.where('emails').equals('wei.zhang@initech.example').first())!;
    await seedDatabase(database, { gestures: [gesture(anna.id, 'article', NOW + 5)] });
    await database.contacts.update(wei.id, { headline: 'Renamed', updatedAt: NOW + 10 });

    const undone = await undoContactImport(report.undo, database);
    expect(undone.kept).toBe(2);
    expect(undone.removed).toBe(16);
    expect((await database.contacts.toArray()).map((c) => c.name).sort()).toEqual(['Anna Berg', 'Wei Zhang']);
    // Their accounts stay; the others go.
    expect((await database.accounts.toArray()).map((a) => a.name).sort()).toEqual([
      'Initech',
      'Nordkraft Energi AB',
    ]);
  });

  it('counts only what it took back when the contacts and accounts went since (a backup restored over them)', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c-wei', name: 'Wei Zhang', emails: ['wei.zhang@initech.example'], accountId: null }),
      ],
    });
    const report = await runContactImport(
      await planContactImport(await fixtureRows(), NOW, database),
      { levelId: 'prospect', now: NOW },
      database,
    );
    await database.transaction('rw', database.contacts, database.accounts, async () => {
      await database.contacts.clear();
      await database.accounts.clear();
    });
    await seedDatabase(database, { accounts: [account({ id: 'other', name: 'Other' })] });

    const undone = await undoContactImport(report.undo, database);
    expect(undone).toEqual({ removed: 0, restored: 0, accountsRemoved: 0, kept: 0 });
    expect(await database.accounts.count()).toBe(1);
  });
});
