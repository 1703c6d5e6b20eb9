/** The LinkedIn Connections.csv fixture (tests/fixtures/import/SOURCES.md), as bytes and as a File. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const connectionsCsv: Buffer = readFileSync(resolve(__dirname, '../fixtures/import/Connections.csv'));

export const csvFile = (content: BlobPart, name = 'contacts.csv') =>
  new File([content], name, { type: 'text/csv' });

export const connectionsFile = () => csvFile(new Uint8Array(connectionsCsv), 'Connections.csv');
