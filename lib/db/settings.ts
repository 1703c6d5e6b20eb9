/**
 * Settings: one record per key, each key with its own schema and default.
 * A stored value is validated on every read and a bad one falls back to the
 * default (reported as a damaged record), so a setting can never break a page.
 * Modules register their own keys with defineSetting next to the code that
 * uses them.
 */
import type { z } from 'zod';
import { defaultLadder } from '../domain/default-ladder';
import { db, type RapportDatabase } from './database';
import { forgetCorruptRecord, reportCorruptRecord } from './corrupt-records';
import { ladderSchema, type Ladder } from './schema';
import { describeIssues, InvalidRecordError } from './validation';

export interface SettingDefinition<T> {
  key: string;
  schema: z.ZodType<T>;
  defaultValue: T;
}

const registered = new Set<string>();

/** Declares a setting. Two modules claiming the same key would read each other's values, so that throws. */
export function defineSetting<T>(key: string, schema: z.ZodType<T>, defaultValue: T): SettingDefinition<T> {
  if (registered.has(key)) throw new Error(`The setting ${JSON.stringify(key)} is defined twice`);
  const check = schema.safeParse(defaultValue);
  if (!check.success) {
    throw new Error(
      `The default of setting ${JSON.stringify(key)} is invalid: ${describeIssues(check.error).join('; ')}`,
    );
  }
  registered.add(key);
  return { key, schema, defaultValue };
}

/** The stored value, or a fresh copy of the default when none is stored or the stored one is invalid. */
export async function getSetting<T>(
  setting: SettingDefinition<T>,
  database: RapportDatabase = db,
): Promise<T> {
  const row = await database.settings.get(setting.key);
  if (row !== undefined) {
    const check = setting.schema.safeParse(row.value);
    if (check.success) return check.data;
    reportCorruptRecord(database, {
      table: 'settings',
      id: setting.key,
      problem: `${describeIssues(check.error, 'value').join('; ')} (using the default instead)`,
    });
  }
  return structuredClone(setting.defaultValue);
}

export async function setSetting<T>(
  setting: SettingDefinition<T>,
  value: T,
  database: RapportDatabase = db,
): Promise<void> {
  const check = setting.schema.safeParse(value);
  if (!check.success) throw new InvalidRecordError('settings', describeIssues(check.error, 'value'));
  await database.transaction('rw', database.settings, () =>
    database.settings.put({ key: setting.key, value: check.data }),
  );
  forgetCorruptRecord(database, 'settings', setting.key);
}

/** The relationship ladder (DOMAIN.md), lowest level first. */
export const ladderSetting = defineSetting<Ladder>('ladder', ladderSchema, defaultLadder);
