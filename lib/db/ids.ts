/** Ids of records made here: random UUIDs, opaque to everything else (schema.ts). */
export function newId(): string {
  return crypto.randomUUID();
}
