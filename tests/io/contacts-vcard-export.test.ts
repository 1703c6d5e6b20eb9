import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import type { ContactExportContext } from '../../lib/io/contacts-csv-export';
import { contactsToVCards } from '../../lib/io/contacts-vcard-export';
import { guessNameComponents } from '../../lib/io/name-components';
import { account, contact } from '../domain/builders';

const acme = account({ id: 'acme', name: 'Acme; Sons, Inc.' });
const context: ContactExportContext = { accounts: new Map([[acme.id, acme]]), ladder: defaultLadder };

describe('contacts as vCards', () => {
  it('maps a contact to a card: ORG from the account, TITLE from the headline, tags as CATEGORIES, the rest in NOTE', () => {
    const text = contactsToVCards(
      [
        contact({
          id: '0b7c5a2e-1d2f-4c3b-9a8e-7f6d5c4b3a21',
          name: 'José Pérez',
          emails: ['jose@acme.example'],
          linkedinSlugs: ['jose-perez'],
          accountId: 'acme',
          levelId: 'customer',
          roles: ['champion'],
          seniority: 'middle',
          headline: 'Head of IT, EMEA',
          interests: ['chess'],
          tags: ['vip', 'a,b'],
          cadenceDays: 45,
          updatedAt: Date.UTC(2025, 5, 16, 12),
        }),
      ],
      context,
    );
    expect(text).toBe(
      'BEGIN:VCARD\r\n' +
        'VERSION:4.0\r\n' +
        'FN:José Pérez\r\n' +
        'N:Pérez;José;;;\r\n' +
        'EMAIL:jose@acme.example\r\n' +
        'URL:https://www.linkedin.com/in/jose-perez/\r\n' +
        'ORG:Acme\\; Sons\\, Inc.\r\n' +
        'TITLE:Head of IT\\, EMEA\r\n' +
        // 75 octets, then the fold (CRLF and a space) before the escaped line break.
        'NOTE:Rapport level: Customer\\nRoles: Champion\\nSeniority: Middle management\r\n' +
        ' \\nInterests: chess\\nTouch every 45 days\r\n' +
        'CATEGORIES:vip,a\\,b\r\n' +
        'UID:urn:uuid:0b7c5a2e-1d2f-4c3b-9a8e-7f6d5c4b3a21\r\n' +
        'REV:20250616T120000Z\r\n' +
        'END:VCARD\r\n',
    );
  });

  it('writes one card per contact, and leaves out what a contact does not have', () => {
    const text = contactsToVCards(
      [
        contact({ id: 'c-1', name: '王小明', accountId: null }),
        contact({ id: 'c-2', name: 'Ann Lee', accountId: null }),
      ],
      context,
    );
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g)).toHaveLength(2);
    expect(text.match(/END:VCARD\r\n/g)).toHaveLength(2);
    expect(text).toContain('FN:王小明\r\nN:;王小明;;;\r\n');
    expect(text).not.toMatch(/^(ORG|TITLE|CATEGORIES|EMAIL|URL)[:;]/m);
    expect(text).toContain('UID;VALUE=text:c-1\r\n');
  });

  it('guesses N from the last word, and keeps a one-word name whole as the given name', () => {
    expect(guessNameComponents('Ana María  Pérez')).toEqual({
      family: ['Pérez'],
      given: ['Ana María'],
      additional: [''],
      prefixes: [''],
      suffixes: [''],
    });
    expect(guessNameComponents('Cher').given).toEqual(['Cher']);
    expect(guessNameComponents('Cher').family).toEqual(['']);
  });

  const parts = (name: string) => {
    const { family, given, prefixes, suffixes } = guessNameComponents(name);
    return [family[0], given[0], prefixes.join(' '), suffixes.join(' ')];
  };

  it('puts credentials and generational suffixes in suffixes, and titles in prefixes', () => {
    expect(parts('Jane Doe, MBA')).toEqual(['Doe', 'Jane', '', 'MBA']);
    expect(parts('Jane Doe, MBA, PMP')).toEqual(['Doe', 'Jane', '', 'MBA PMP']);
    expect(parts('John Smith Jr.')).toEqual(['Smith', 'John', '', 'Jr.']);
    expect(parts('John Smith Jr., PhD')).toEqual(['Smith', 'John', '', 'Jr. PhD']);
    expect(parts('Dr. Ana María Pérez')).toEqual(['Pérez', 'Ana María', 'Dr.', '']);
    expect(parts('Dr. Okafor')).toEqual(['Okafor', '', 'Dr.', '']);
    // Words after a comma that are no suffix describe the person: left out of N (FN keeps them).
    expect(parts('Jane Doe, MBA, Growth Lead')).toEqual(['Doe', 'Jane', '', 'MBA']);
  });

  it('reads "Family, Given", and keeps family names that look like credentials where they stand', () => {
    expect(parts('Doe, Jane')).toEqual(['Doe', 'Jane', '', '']);
    expect(parts('Pérez García, Ana María')).toEqual(['Pérez García', 'Ana María', '', '']);
    expect(parts('Doe, John Jr.')).toEqual(['Doe', 'John', '', 'Jr.']);
    // Do and Ma are family names; only after a comma are they degrees.
    expect(parts('Anh Minh Do')).toEqual(['Do', 'Anh Minh', '', '']);
    expect(parts('Li Na Ma')).toEqual(['Ma', 'Li Na', '', '']);
    expect(parts('Quinn Ma, MA')).toEqual(['Ma', 'Quinn', '', 'MA']);
    expect(parts('van der Berg, Zoë')).toEqual(['van der Berg', 'Zoë', '', '']);
    expect(parts('Ludwig van Beethoven')).toEqual(['van Beethoven', 'Ludwig', '', '']);
    expect(parts('Zoë van der Berg')).toEqual(['van der Berg', 'Zoë', '', '']);
    expect(parts('Van Morrison')).toEqual(['Morrison', 'Van', '', '']);
    expect(parts('Smith, Jr., Bob')).toEqual(['Smith', 'Bob', '', 'Jr.']);
    expect(parts('SMITH, JOHN')).toEqual(['SMITH', 'JOHN', '', '']);
  });

  it('does not take a job after a comma for a given name', () => {
    expect(parts('Jane Doe, CEO')).toEqual(['Doe', 'Jane', '', '']);
    expect(parts('Jane Doe, Head of Sales')).toEqual(['Doe', 'Jane', '', '']);
    expect(parts('Jane Doe, MBA, Growth Lead')).toEqual(['Doe', 'Jane', '', 'MBA']);
  });

  it('puts the family name first in Chinese, Japanese or Korean script, and leaves a remark in brackets out', () => {
    expect(parts('佐藤 健二 (Kenji Sato)')).toEqual(['佐藤', '健二', '', '']);
    expect(parts('김 민준')).toEqual(['김', '민준', '', '']);
    expect(parts('王小明')).toEqual(['', '王小明', '', '']);
    expect(parts('Robert Smith (Bob)')).toEqual(['Smith', 'Robert', '', '']);
  });
});
