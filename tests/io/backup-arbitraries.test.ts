import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableNames, tableSchemas } from '../../lib/db/schema';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from '../../lib/io/backup';
import { validateBackup } from '../../lib/io/backup-validate';
import { databaseArbitrary } from './backup-arbitraries';

// The round-trip property is only as good as its data: these keep the
// arbitraries in step with the schemas.
describe('the database arbitrary', () => {
  it('only makes databases that a backup import accepts', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArbitrary, async (tables) => {
        const file = {
          format: BACKUP_FORMAT,
          schemaVersion: BACKUP_SCHEMA_VERSION,
          exportedAt: '2025-01-01T00:00:00.000Z',
          tables,
        };
        await expect(validateBackup(file)).resolves.toBeDefined();
      }),
      { numRuns: 100 },
    );
  });

  it('generates every field of every schema', () => {
    const seen = new Map(tableNames.map((name) => [name, new Set<string>()]));
    for (const tables of fc.sample(databaseArbitrary, 300)) {
      for (const name of tableNames)
        for (const record of tables[name]) Object.keys(record).forEach((key) => seen.get(name)!.add(key));
    }
    for (const name of tableNames) {
      expect([...seen.get(name)!].sort(), name).toEqual(Object.keys(tableSchemas[name].shape).sort());
    }
  });
});
