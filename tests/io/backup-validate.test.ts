import { describe, expect, it, vi } from 'vitest';
import { BackupError, MAX_BACKUP_BYTES, MAX_BACKUP_RECORDS, type BackupProgress } from '../../lib/io/backup';
import { readBackupFile } from '../../lib/io/backup-read';
import { fileOf, fileWith, validBackupJson, type LooseBackup } from './backup-file';

/** The problems a file is refused with. */
async function refusal(file: Blob, onProgress?: (progress: BackupProgress) => void): Promise<string[]> {
  const error = await readBackupFile(file, onProgress).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupError);
  return (error as BackupError).problems;
}

function broken(change: (json: LooseBackup) => void): File {
  const json = validBackupJson();
  change(json);
  return fileWith(json);
}

describe('reading a valid backup', () => {
  it('gives back every record of every table', async () => {
    const json = validBackupJson();
    const backup = await readBackupFile(fileWith(json));
    expect(backup.tables).toEqual(json.tables);
    expect(backup).toMatchObject({ format: 'rapport-backup', schemaVersion: 2, exportedAt: json.exportedAt });
  });

  it('reads the site switches, a site left out being on, and none when the file has none', async () => {
    const switched = await readBackupFile(fileWith({ ...validBackupJson(), siteSwitches: { gmail: false } }));
    expect(switched.siteSwitches).toEqual({ linkedin: true, gmail: false, outlook: true });
    expect(await readBackupFile(fileWith(validBackupJson()))).not.toHaveProperty('siteSwitches');
  });

  it('reports progress through reading and validating', async () => {
    const progress: BackupProgress[] = [];
    await readBackupFile(fileWith(validBackupJson()), (step) => progress.push(step));
    expect(progress.at(0)).toEqual({ phase: 'reading', done: 0, total: expect.any(Number) });
    expect(progress).toContainEqual({ phase: 'validating', done: 17, total: 17 });
  });
});

describe('refusing files that are not backups', () => {
  it('refuses malformed or truncated JSON', async () => {
    const text = JSON.stringify(validBackupJson());
    expect((await refusal(fileOf(text.slice(0, -40))))[0]).toMatch(
      /not valid JSON; it may have been cut short/,
    );
    expect((await refusal(fileOf('{"format": rapport}')))[0]).toMatch(/not valid JSON/);
  });

  it('refuses an empty file and one that is not UTF-8 text', async () => {
    expect(await refusal(fileOf(''))).toEqual(['The file is empty.']);
    expect(await refusal(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]))).toEqual([
      'The file is not UTF-8 text, so it is not a Rapport backup.',
    ]);
  });

  it('refuses a file without the format marker, or with another one', async () => {
    expect(await refusal(fileWith([1, 2]))).toEqual([
      'This is not a Rapport backup: the file holds a list, not an object.',
    ]);
    expect(await refusal(broken((json) => delete json.format))).toEqual([
      'This is not a Rapport backup: "format" is missing, expected "rapport-backup".',
    ]);
    expect(await refusal(broken((json) => (json.format = 'vcard')))).toEqual([
      'This is not a Rapport backup: "format" is "vcard", expected "rapport-backup".',
    ]);
  });

  it('refuses a file made by a newer version of Rapport', async () => {
    expect(await refusal(broken((json) => (json.schemaVersion = 3)))).toEqual([
      'This backup was made by a newer version of Rapport (schema 3); this version reads up to 2. Update Rapport, then import it again.',
    ]);
    expect((await refusal(broken((json) => (json.schemaVersion = '1'))))[0]).toMatch(
      /^schemaVersion: expected a whole number/,
    );
  });

  it('refuses missing, misshapen and unknown tables, and a bad export date', async () => {
    const problems = await refusal(
      broken((json) => {
        const tables: Record<string, unknown> = json.tables;
        delete tables.gestures;
        tables.notes = {};
        json.tables.people = [];
        json.exportedAt = 'yesterday';
        json.extra = true;
      }),
    );
    expect(problems).toEqual([
      'extra: not part of a Rapport backup.',
      'exportedAt: expected an ISO 8601 date-time such as "2025-03-01T09:30:00.000Z", found "yesterday".',
      'tables.gestures is missing (an empty list [] is fine).',
      'tables.notes: expected a list of records, found an object.',
      'tables.people: not a Rapport table (the tables are contacts, accounts, deals, gestures, notes, followUps, goals, accountIssues, levelChanges, settings).',
    ]);
  });

  it('refuses site switches that are not an object, name no site of Rapport’s, or are not true or false', async () => {
    expect(await refusal(broken((json) => (json.siteSwitches = [true])))).toEqual([
      'siteSwitches: expected an object such as {"gmail": false}, found a list.',
    ]);
    expect(await refusal(broken((json) => (json.siteSwitches = { twitter: false, gmail: 'off' })))).toEqual([
      'siteSwitches.twitter: not a site Rapport runs on (the sites are linkedin, gmail, outlook).',
      'siteSwitches.gmail: expected true or false, found "off".',
    ]);
  });
});

describe('refusing bad records, saying where they are', () => {
  it('names the record and field of a value that breaks its schema', async () => {
    expect(
      await refusal(broken((json) => (json.tables.contacts[1]!.emails = ['ada@acme.com', 'Ben@Acme.com']))),
    ).toEqual(['tables.contacts[1].emails[1]: an email address is lower case, like name@example.com']);
  });

  it('refuses wrong types', async () => {
    const problems = await refusal(
      broken((json) => {
        json.tables.contacts[0]!.left = 'no';
        json.tables.deals[1]!.amount = '50000';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^tables\.contacts\[0\]\.left: .*expected boolean/),
      expect.stringMatching(/^tables\.deals\[1\]\.amount: .*expected number/),
    ]);
  });

  it('refuses strings longer than the schema caps', async () => {
    const problems = await refusal(broken((json) => (json.tables.notes[0]!.text = 'x'.repeat(1_000_000))));
    expect(problems).toEqual([expect.stringMatching(/^tables\.notes\[0\]\.text: Too big/)]);
  });

  it('refuses unknown fields in a record', async () => {
    const problems = await refusal(broken((json) => (json.tables.accounts[0]!.password = 'x')));
    expect(problems).toEqual([expect.stringMatching(/^tables\.accounts\[0\]: Unrecognized key: "password"/)]);
  });

  it('lists at most 20 problems', async () => {
    const problems = await refusal(
      broken((json) => {
        json.tables.gestures = Array.from({ length: 50 }, (_, i) => ({
          ...json.tables.gestures[0],
          id: `g${i}`,
          type: 'nap',
        }));
      }),
    );
    expect(problems).toHaveLength(20);
    await expect(readBackupFile(fileWith({}))).rejects.toThrow(/This is not a Rapport backup/);
  });

  it('says how many more problems there are in the message', async () => {
    const file = broken((json) => {
      json.tables.contacts[0]!.left = 'no';
      json.tables.contacts[1]!.left = 'yes';
    });
    await expect(readBackupFile(file)).rejects.toThrow(/^tables\.contacts\[0\]\.left: .* \(and 1 more\)$/);
  });
});

describe('refusing inconsistent data', () => {
  it('refuses a reference to a record that is not in the file', async () => {
    expect(await refusal(broken((json) => (json.tables.gestures[1]!.contactId = 'ghost')))).toEqual([
      'tables.gestures[1].contactId: no record in tables.contacts has the id "ghost".',
    ]);
    expect(await refusal(broken((json) => (json.tables.contacts = [json.tables.contacts[1]!])))).toContain(
      'tables.goals[0].contactId: no record in tables.contacts has the id "con-ada".',
    );
  });

  it('refuses two records with one id', async () => {
    expect(
      await refusal(broken((json) => json.tables.notes.push({ ...json.tables.notes[0]!, text: 'again' }))),
    ).toEqual(['tables.notes[2]: "note-1" is also the id of tables.notes[0].']);
    expect(
      await refusal(broken((json) => json.tables.settings.push({ key: 'ladder', value: null }))),
    ).toEqual(['tables.settings[1]: "ladder" is also the key of tables.settings[0].']);
  });
});

describe('refusing hostile files', () => {
  it.each([
    [
      'in a record',
      '"contacts":[{',
      '"contacts":[{"__proto__":{"polluted":"yes"},',
      'tables.contacts[0].__proto__',
    ],
    [
      'deep in a setting',
      '"value":{',
      '"value":{"levels":[],"x":[{"__proto__":{"polluted":"yes"}}],',
      'tables.settings[0].value.x[0].__proto__',
    ],
    [
      'at the top',
      '"format":"rapport-backup",',
      '"format":"rapport-backup","constructor":{"prototype":{"polluted":"yes"}},',
      'constructor',
    ],
  ])(
    'refuses a prototype-polluting key %s, and Object.prototype stays clean',
    async (_where, search, replacement, path) => {
      const text = JSON.stringify(validBackupJson()).replace(search, replacement);
      expect(text).toContain('polluted');
      const problems = await refusal(fileOf(text));
      expect(problems).toEqual([
        `${path}: the key "${path.split('.').at(-1)}" is not allowed in a Rapport backup.`,
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    },
  );

  it('refuses absurd nesting', async () => {
    const deep = `${'['.repeat(1_000)}0${']'.repeat(1_000)}`;
    const text = JSON.stringify(validBackupJson()).replace('"value":{', `"value":{"deep":${deep},`);
    expect((await refusal(fileOf(text)))[0]).toMatch(
      /^tables\.settings\[0\]\.value\.deep(\[0\])+: nested more than 32 levels deep\.$/,
    );
  });

  it('refuses a file over the size cap before reading a byte of it', async () => {
    const file = fileWith(validBackupJson());
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const slice = vi.spyOn(file, 'slice');
    expect(await refusal(file)).toEqual(['The file is 500.0 MB; a Rapport backup can be at most 500.0 MB.']);
    expect(slice).not.toHaveBeenCalled();
  });

  it('refuses a file with too many records before validating any of them', async () => {
    // One more record than the cap: the fixture's 15 other records plus this many empty gestures.
    const gestures = MAX_BACKUP_RECORDS - 15 + 1;
    const text = JSON.stringify(validBackupJson()).replace(
      /"gestures":\[[^\]]*\]/,
      `"gestures":[${'{},'.repeat(gestures - 1)}{}]`,
    );
    const phases = new Set<string>();
    const problems = await refusal(fileOf(text), (progress) => phases.add(progress.phase));
    expect(problems).toEqual(['The file holds 2,000,001 records; a Rapport backup holds at most 2,000,000.']);
    expect(phases).toEqual(new Set(['reading']));
  });
});
