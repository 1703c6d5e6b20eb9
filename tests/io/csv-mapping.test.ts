import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../lib/io/csv-file';
import {
  mappingProblems,
  mapRows,
  rememberedMapping,
  rememberMapping,
  suggestMapping,
} from '../../lib/io/csv-mapping';
import { readImportSource } from '../../lib/io/contact-import';
import { contactsToCsv } from '../../lib/io/contacts-csv-export';
import { readCsvFile } from '../../lib/io/csv-file';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { account, contact } from '../domain/builders';
import { freshDatabase } from '../db/test-database';
import { csvFile } from './import-fixture';

/** Shaped like a HubSpot contacts export. */
const hubspot = [
  'Record ID,First Name,Last Name,Email,Company Name,Job Title,LinkedIn URL,Tags,Lifecycle Stage',
  '101,Ada,Lovelace,ADA@Analytical.example,Analytical Engines,Chief Mathematician,linkedin.com/in/ada-lovelace/,"vip; board",customer',
  '102,Grace,Hopper,grace@navy.example; g.hopper@cobol.example,US Navy,Rear Admiral,,,lead',
  '103,Bad,Email,not-an-email,Acme,,,,lead',
  '104,Bad,Url,,Acme,,https://example.com/ada,,lead',
].join('\n');

describe('guessing the mapping from the header', () => {
  it('maps a CRM export’s columns and leaves the unknown ones out', () => {
    const table = parseCsvText(hubspot, 'hubspot.csv');
    expect(suggestMapping(table.header)).toEqual([
      null,
      'firstName',
      'lastName',
      'email',
      'company',
      'headline',
      'linkedin',
      'tags',
      null,
    ]);
  });

  it('knows other spellings: Full name, E-mail, Organization, Title, Labels', () => {
    expect(suggestMapping(['Full name', 'E-mail', 'Organization', 'Title', 'Labels', 'Interests'])).toEqual([
      'name',
      'email',
      'company',
      'headline',
      'tags',
      'interests',
    ]);
  });

  it('knows the columns of a contact’s part in the sale, but takes “Role” for the job title', () => {
    expect(
      suggestMapping([
        'Buying role',
        'Contact roles',
        'Seniority level',
        'Personal motivations',
        'Touch every (days)',
        'Left company',
        'Role',
        'Management level',
        'Cadence',
      ]),
    ).toEqual(['roles', 'roles', 'seniority', 'motivations', 'cadenceDays', 'left', 'headline', null, null]);
  });

  it('maps only the first of two company columns, but every email column', () => {
    expect(suggestMapping(['Name', 'Work email', 'Personal email', 'Company', 'Account'])).toEqual([
      'name',
      'email',
      'email',
      'company',
      null,
    ]);
  });
});

describe('checking a mapping', () => {
  it('needs a name column', () => {
    expect(mappingProblems(['email', 'company'])).toEqual([
      'Choose the column with the name (or the first and last name columns).',
    ]);
    expect(mappingProblems(['lastName', 'email'])).toEqual([]);
  });

  it('allows one column per single-valued field', () => {
    expect(mappingProblems(['name', 'company', 'company'])).toEqual([
      'Only one column can be the company (account).',
    ]);
    expect(
      mappingProblems(['name', 'seniority', 'cadenceDays', 'left', 'seniority', 'cadenceDays', 'left']),
    ).toEqual([
      'Only one column can be the seniority (senior, middle management, staff).',
      'Only one column can be the cadence (days between touches).',
      'Only one column can be the left account (yes / no).',
    ]);
    expect(mappingProblems(['name', 'roles', 'roles', 'motivations', 'motivations'])).toEqual([]);
  });
});

describe('reading back Rapport’s own contacts export', () => {
  it('reads back tags and interests that hold a comma or a semicolon whole', async () => {
    const exported = contactsToCsv(
      [
        contact({ name: 'Ana Ruiz', tags: ['Q3, EMEA', 'vip'], interests: ['R&D; labs', 'jazz'] }),
        contact({ name: 'Bo Berg', tags: ['board', 'golf'] }),
      ],
      { accounts: new Map(), ladder: defaultLadder },
    );
    // Plain lists stay on one line, as spreadsheets show them.
    expect(exported).toContain(',board; golf,');
    const table = await readCsvFile(csvFile(exported, 'rapport-contacts.csv'));
    const [ana, bo] = mapRows(table, suggestMapping(table.header));
    expect(ana).toMatchObject({ tags: ['Q3, EMEA', 'vip'], interests: ['R&D; labs', 'jazz'] });
    expect(bo).toMatchObject({ tags: ['board', 'golf'] });
  });

  it('splits a cell with line breaks on the lines alone, and others on any separator', () => {
    const table = parseCsvText('Name,Tags\nAna,"a, b\nc"\nBo,"a, b; c | d"', 'tags.csv');
    const [ana, bo] = mapRows(table, suggestMapping(table.header));
    expect(ana?.tags).toEqual(['a, b', 'c']);
    expect(bo?.tags).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds every column it can fill, and takes its lists and formula guards back off', async () => {
    const acme = account({ name: 'Acme, Inc.', revenue: 480_000, potential: 2_500_000 });
    const exported = contactsToCsv(
      [
        contact({
          name: '=HYPERLINK("http://evil.example","x")',
          emails: ['ana@acme.example', 'ana.r@home.example'],
          linkedinSlugs: ['ana-ruiz', 'ana-ruiz-2'],
          accountId: acme.id,
          headline: '-3 quarters to quota',
          tags: ['@vip', 'board'],
          interests: ['sailing', 'jazz'],
          roles: ['decision-maker', 'champion'],
          seniority: 'senior',
          motivations: ['career growth', 'less risk, more time'],
          cadenceDays: 45,
          left: true,
        }),
      ],
      { accounts: new Map([[acme.id, acme]]), ladder: defaultLadder },
    );
    const table = await readCsvFile(csvFile(exported, 'rapport-contacts.csv'));
    const mapping = suggestMapping(table.header);
    expect(Object.fromEntries(table.header.map((column, i) => [column, mapping[i]]))).toMatchObject({
      Name: 'name',
      Emails: 'email',
      'LinkedIn URLs': 'linkedin',
      Account: 'company',
      'Account revenue': 'accountRevenue',
      'Account potential': 'accountPotential',
      Headline: 'headline',
      Interests: 'interests',
      Tags: 'tags',
      Level: 'level',
      Roles: 'roles',
      Seniority: 'seniority',
      Motivations: 'motivations',
      'Cadence days': 'cadenceDays',
      'Left account': 'left',
    });
    expect(mapRows(table, mapping)[0]).toEqual({
      row: 2,
      name: '=HYPERLINK("http://evil.example","x")',
      emails: ['ana@acme.example', 'ana.r@home.example'],
      slugs: ['ana-ruiz', 'ana-ruiz-2'],
      company: 'Acme, Inc.',
      headline: '-3 quarters to quota',
      tags: ['@vip', 'board'],
      interests: ['sailing', 'jazz'],
      level: 'Prospect',
      accountRevenue: 480_000,
      accountPotential: 2_500_000,
      roles: ['decision-maker', 'champion'],
      seniority: 'senior',
      motivations: ['career growth', 'less risk, more time'],
      cadenceDays: 45,
      left: true,
      problem: null,
      leftOut: [],
    });
  });

  it('keeps a quote the guard did not add', () => {
    const table = parseCsvText("Name,Title\n'Ann' O'Neil,'Head' of sales\n", 'x.csv');
    expect(mapRows(table, ['name', 'headline'])[0]).toMatchObject({
      name: "'Ann' O'Neil",
      headline: "'Head' of sales",
    });
  });
});

describe('account revenue and potential columns (a CRM’s “Annual Revenue”, “Potential”)', () => {
  const amountForm = 'write it in digits, like 1500000, 1,500,000 or $1,500,000.50';

  it('are guessed from their headers and read as amounts, or left out with a note that says how to write one', () => {
    const table = parseCsvText(
      [
        'Name,Company,Annual Revenue,Potential',
        'Ada,Analytical,"$1,200,000",3 000 000 EUR',
        'Bob,Babbage,lots,1.5M',
        'Cy,Analytical,,',
      ].join('\n'),
      'crm.csv',
    );
    const mapping = suggestMapping(table.header);
    expect(mapping).toEqual(['name', 'company', 'accountRevenue', 'accountPotential']);
    const rows = mapRows(table, mapping);
    expect(rows.map((row) => [row.accountRevenue, row.accountPotential, row.problem, row.leftOut])).toEqual([
      [1_200_000, 3_000_000, null, []],
      [
        null,
        null,
        null,
        [
          `Annual Revenue: the account revenue "lots" is not an amount (${amountForm})`,
          `Potential: the account potential "1.5M" is not an amount (${amountForm})`,
        ],
      ],
      [null, null, null, []],
    ]);
  });

  it('say how to write an amount for a decimal comma, a minus or an exponent too', () => {
    const table = parseCsvText('Name,Account potential\nAda,"12.000,50"\nBo,-5\nCy,1e6\n', 'crm.csv');
    expect(mapRows(table, suggestMapping(table.header)).map((row) => row.leftOut)).toEqual([
      [`Account potential: the account potential "12.000,50" is not an amount (${amountForm})`],
      [`Account potential: the account potential "-5" is not an amount (${amountForm})`],
      [`Account potential: the account potential "1e6" is not an amount (${amountForm})`],
    ]);
  });

  it('know the other names of a potential column', () => {
    expect(
      suggestMapping(['Name', 'Company potential', 'Potential revenue', 'Revenue potential', 'Potential']),
    ).toEqual(['name', 'accountPotential', null, null, null]);
    expect(suggestMapping(['Potential revenue'])).toEqual(['accountPotential']);
    expect(suggestMapping(['Revenue potential'])).toEqual(['accountPotential']);
  });

  it('take one column each', () => {
    expect(mappingProblems(['name', 'accountPotential', 'accountPotential'])).toEqual([
      'Only one column can be the account potential (for a new account).',
    ]);
  });
});

describe('roles, seniority, motivations, cadence and having left the account', () => {
  const read = (csv: string) => {
    const table = parseCsvText(csv, 'crm.csv');
    return mapRows(table, suggestMapping(table.header));
  };

  it('reads Rapport’s words and ids in any letter case, a blank as not said', () => {
    const rows = read(
      [
        'Name,Roles,Seniority,Motivations,Cadence days,Left account',
        'Ada,"INFLUENCER; decision-maker, Decision Maker",middle,"status | growth",30,no',
        'Bo,gatekeeper,Staff,,3650,TRUE',
        'Cy,,,,,',
        'Di,,unknown,,0030,1',
      ].join('\n'),
    );
    expect(
      rows.map(({ roles, seniority, motivations, cadenceDays, left, problem, leftOut }) => ({
        roles,
        seniority,
        motivations,
        cadenceDays,
        left,
        problem,
        leftOut,
      })),
    ).toEqual([
      {
        roles: ['influencer', 'decision-maker'],
        seniority: 'middle',
        motivations: ['status', 'growth'],
        cadenceDays: 30,
        left: false,
        problem: null,
        leftOut: [],
      },
      {
        roles: ['gatekeeper'],
        seniority: 'staff',
        motivations: [],
        cadenceDays: 3650,
        left: true,
        problem: null,
        leftOut: [],
      },
      {
        roles: [],
        seniority: 'unknown',
        motivations: [],
        cadenceDays: null,
        left: null,
        problem: null,
        leftOut: [],
      },
      {
        roles: [],
        seniority: 'unknown',
        motivations: [],
        cadenceDays: 30,
        left: true,
        problem: null,
        leftOut: [],
      },
    ]);
  });

  const roleWords = 'Decision maker, Influencer, Champion, User, Gatekeeper';
  const seniorityWords = 'Senior management, Middle management, Staff';
  const cadence = 'a whole number of days from 1 to 3650';

  it('keeps a row with a value it does not know, reading that value as an empty cell', () => {
    const rows = read(
      [
        'Name,Email,Buying role,Seniority level,Touch every (days),Left company',
        'Ada,ada@acme.example,"VP; Champion",,,',
        'Bo,,,Chief,,',
        'Cy,,,,30 days,',
        'Di,,,,,maybe',
      ].join('\n'),
    );
    expect(rows.map((row) => row.problem)).toEqual([null, null, null, null]);
    expect(
      rows.map(({ name, roles, seniority, cadenceDays, left }) => ({
        name,
        roles,
        seniority,
        cadenceDays,
        left,
      })),
    ).toEqual([
      { name: 'Ada', roles: ['champion'], seniority: 'unknown', cadenceDays: null, left: null },
      { name: 'Bo', roles: [], seniority: 'unknown', cadenceDays: null, left: null },
      { name: 'Cy', roles: [], seniority: 'unknown', cadenceDays: null, left: null },
      { name: 'Di', roles: [], seniority: 'unknown', cadenceDays: null, left: null },
    ]);
    expect(rows[0]!.emails).toEqual(['ada@acme.example']);
  });

  it('notes each value it leaves out with its column and what that column takes', () => {
    const rows = read(
      [
        'Name,Buying role,Contact roles,Seniority level,Touch every (days),Left company',
        'Ada,"Champion; Economic buyer",,,,',
        'Bo,,,VP,,',
        'Cy,,,,0,',
        'Di,,,,3651,',
        'Ed,,,,30.5,',
        'Fe,,,,,maybe',
        'Gil,Boss,Sponsor,Chief,two weeks,',
      ].join('\n'),
    );
    expect(rows.map((row) => row.leftOut)).toEqual([
      [`Buying role: the role "Economic buyer" is not one of ${roleWords}`],
      [`Seniority level: the seniority "VP" is not one of ${seniorityWords}`],
      [`Touch every (days): the cadence "0" is not ${cadence}`],
      [`Touch every (days): the cadence "3651" is not ${cadence}`],
      [`Touch every (days): the cadence "30.5" is not ${cadence}`],
      ['Left company: "maybe" for having left the account is not Yes or No'],
      [
        `Buying role: the role "Boss" is not one of ${roleWords}`,
        `Contact roles: the role "Sponsor" is not one of ${roleWords}`,
        `Seniority level: the seniority "Chief" is not one of ${seniorityWords}`,
        `Touch every (days): the cadence "two weeks" is not ${cadence}`,
      ],
    ]);
  });

  it('names a column without a header by its place', () => {
    const table = parseCsvText('Name,\nAda,VP\n', 'crm.csv');
    expect(mapRows(table, ['name', 'roles'])[0]!.leftOut).toEqual([
      `Column 2: the role "VP" is not one of ${roleWords}`,
    ]);
  });

  it('still marks a bad email as the row’s problem, and notes the values left out apart', () => {
    const [row] = read('Name,Email,Seniority\nAda,not-an-email,Chief\n');
    expect(row).toMatchObject({
      problem: 'the email "not-an-email" is not an email address',
      leftOut: [`Seniority: the seniority "Chief" is not one of ${seniorityWords}`],
    });
  });
});

describe('reading rows through a mapping', () => {
  const table = parseCsvText(hubspot, 'hubspot.csv');
  const rows = mapRows(table, suggestMapping(table.header));

  it('normalises emails and LinkedIn URLs and splits lists', () => {
    expect(rows[0]).toEqual({
      row: 2,
      name: 'Ada Lovelace',
      emails: ['ada@analytical.example'],
      slugs: ['ada-lovelace'],
      company: 'Analytical Engines',
      headline: 'Chief Mathematician',
      tags: ['vip', 'board'],
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
    });
    expect(rows[1]!.emails).toEqual(['grace@navy.example', 'g.hopper@cobol.example']);
  });

  it('marks an invalid email or a URL that is not a LinkedIn profile as the row’s problem', () => {
    expect(rows[2]!.problem).toBe('the email "not-an-email" is not an email address');
    expect(rows[3]!.problem).toBe(
      '"https://example.com/ada" is not a LinkedIn profile URL (linkedin.com/in/…)',
    );
  });

  it('marks a row with more values than columns (an unquoted comma)', () => {
    const shifted = parseCsvText('Name,Company\nAda,Analytical, Ltd\n', 'x.csv');
    expect(mapRows(shifted, ['name', 'company'])[0]!.problem).toMatch(
      /3 values but the header has 2 columns/,
    );
  });

  it('uses the full-name column before first + last', () => {
    const both = parseCsvText('Name,First,Last\nDr. Ada King,Ada,King\n,Grace,Hopper\n', 'x.csv');
    expect(mapRows(both, ['name', 'firstName', 'lastName']).map((r) => r.name)).toEqual([
      'Dr. Ada King',
      'Grace Hopper',
    ]);
  });

  it('caps overlong names at the schema’s length', () => {
    const long = parseCsvText(`Name\n${'x'.repeat(500)}\n`, 'x.csv');
    expect(mapRows(long, ['name'])[0]!.name).toHaveLength(200);
  });
});

describe('remembering the mapping per header', () => {
  it('gives back the mapping chosen for the same header (any letter case), not for another', async () => {
    const database = freshDatabase();
    const header = ['Name', 'Mail', 'Firm'];
    expect(await rememberedMapping(header, database)).toBeNull();
    await rememberMapping(header, ['name', 'email', 'company'], 1, database);
    expect(await rememberedMapping(['name', 'MAIL', 'firm'], database)).toEqual(['name', 'email', 'company']);
    expect(await rememberedMapping(['Name', 'Mail'], database)).toBeNull();
  });

  it('is what the next file with that header opens with', async () => {
    const database = freshDatabase();
    await rememberMapping(['Who', 'Where'], ['name', 'company'], 1, database);
    const source = await readImportSource(csvFile('Who,Where\nAda,Analytical\n'), database);
    expect(source).toMatchObject({ kind: 'csv', mapping: ['name', 'company'], remembered: true });
    const other = await readImportSource(csvFile('Who,Mail\nAda,a@b.example\n'), database);
    expect(other).toMatchObject({ kind: 'csv', mapping: [null, 'email'], remembered: false });
  });
});
