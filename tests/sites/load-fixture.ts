import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/sites');

/**
 * Parses a saved page from tests/fixtures/sites/ the way a browser parses a
 * fetched document: DOMParser never runs the page's scripts nor loads its
 * frames, which the saved pages carry.
 */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, name), 'utf8'), 'text/html');
}
