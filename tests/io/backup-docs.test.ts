import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableNames, tableSchemas } from '../../lib/db/schema';
import { readBackupFile } from '../../lib/io/backup-read';
import { restoreBackup } from '../../lib/io/backup-restore';
import { readDerived, scanDerived } from '../db/derived-scan';
import { freshDatabase } from '../db/test-database';

const doc = readFileSync(resolve(__dirname, '../../docs/backup-format.md'), 'utf8');

describe('docs/backup-format.md', () => {
  it('has a complete example that imports, with a record in every table', async () => {
    const examples = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
    expect(examples).toHaveLength(1);
    const database = freshDatabase();
    const backup = await readBackupFile(new Blob([examples[0]!]));
    const { counts } = await restoreBackup(backup, { database });
    for (const table of tableNames) expect(counts[table], table).toBeGreaterThan(0);
    // The file has no derived tables; restoring it computed them.
    const derived = await readDerived(database);
    expect(derived.latestGives.length).toBeGreaterThan(0);
    expect(derived).toEqual(await scanDerived(database));
  });

  it.each(tableNames)('describes every field of %s', (table) => {
    const section = doc.split(/^### /m).find((part) => part.startsWith(`${table}\n`));
    expect(section, `a "### ${table}" section`).toBeDefined();
    for (const field of Object.keys(tableSchemas[table].shape)) expect(section).toContain(`\`${field}\``);
  });
});
