/**
 * The vCard 4.0 writer against RFC 6350's own examples (exact strings), then
 * properties: folding keeps every physical line within 75 octets and
 * unfolds to the original line; escaped values come back unchanged through
 * a small reader written here from the RFC's grammar (not from the writer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentLine,
  escapeComponent,
  escapeText,
  foldLine,
  structuredValue,
  textList,
  vcardTimestamp,
  writeVCard,
  type VCard,
} from '../../lib/io/vcard';

const octets = (text: string) => new TextEncoder().encode(text).length;

// ---- a test-only reader (RFC 6350 §3.2 unfolding, §3.3 content lines, §3.4 escapes) ----

/** §3.2: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** Splits on a separator not preceded by an escaping backslash. */
function splitUnescaped(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      current += char + value[i + 1]!;
      i++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function unescapeValue(value: string): string {
  return value.replace(/\\(.)/gs, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

interface Line {
  name: string;
  params: string[];
  value: string;
}

/** The card's logical lines; every physical line must end with CRLF. */
function readLines(text: string): Line[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return unfold(text)
    .slice(0, -2)
    .split('\r\n')
    .map((line) => {
      // Parameter values here are never quoted with a colon inside, so the first colon ends the head.
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name: name!.toUpperCase(), params, value: line.slice(colon + 1) };
    });
}

const readText = (value: string) => unescapeValue(value);
const readList = (value: string) => splitUnescaped(value, ',').map(unescapeValue);
const readStructured = (value: string) =>
  splitUnescaped(value, ';').map((component) => splitUnescaped(component, ',').map(unescapeValue));

// ---- RFC 6350's examples ----

describe('RFC 6350 examples, exactly', () => {
  it('§6.2.1 FN: "Mr. John Q. Public\\, Esq."', () => {
    expect(contentLine('FN', escapeText('Mr. John Q. Public, Esq.'))).toBe(
      'FN:Mr. John Q. Public\\, Esq.\r\n',
    );
  });

  it('§6.2.2 N: "Public;John;Quinlan;Mr.;Esq." and "Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P."', () => {
    expect(contentLine('N', structuredValue(['Public', 'John', 'Quinlan', 'Mr.', 'Esq.']))).toBe(
      'N:Public;John;Quinlan;Mr.;Esq.\r\n',
    );
    expect(
      contentLine(
        'N',
        structuredValue(['Stevenson', 'John', ['Philip', 'Paul'], 'Dr.', ['Jr.', 'M.D.', 'A.C.P.']]),
      ),
    ).toBe('N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.\r\n');
  });

  it('§6.6.4 ORG: "ABC\\, Inc.;North American Division;Marketing"', () => {
    expect(contentLine('ORG', structuredValue(['ABC, Inc.', 'North American Division', 'Marketing']))).toBe(
      'ORG:ABC\\, Inc.;North American Division;Marketing\r\n',
    );
  });

  it('§6.7.1 CATEGORIES: "TRAVEL AGENT" and "INTERNET,IETF,INDUSTRY,INFORMATION TECHNOLOGY"', () => {
    expect(contentLine('CATEGORIES', textList(['TRAVEL AGENT']))).toBe('CATEGORIES:TRAVEL AGENT\r\n');
    expect(
      contentLine('CATEGORIES', textList(['INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION TECHNOLOGY'])),
    ).toBe('CATEGORIES:INTERNET,IETF,INDUSTRY,INFORMATION TECHNOLOGY\r\n');
  });

  it('§6.7.2 NOTE: the comma in "EST, Mon-Fri." is escaped', () => {
    expect(contentLine('NOTE', escapeText('This fax number is operational 0800 to 1715 EST, Mon-Fri.'))).toBe(
      'NOTE:This fax number is operational 0800 to 1715 EST\\, Mon-Fri.\r\n',
    );
  });

  it('§6.7.6 UID and §6.7.4 REV', () => {
    expect(writeVCard({ fn: 'x', uid: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6' })).toContain(
      '\r\nUID:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6\r\n',
    );
    expect(vcardTimestamp(Date.UTC(1995, 9, 31, 22, 27, 10))).toBe('19951031T222710Z');
  });

  it('§8: the author’s card, as far as this writer has those properties', () => {
    const card: VCard = {
      fn: 'Simon Perreault',
      n: {
        family: ['Perreault'],
        given: ['Simon'],
        additional: [''],
        prefixes: [''],
        suffixes: ['ing. jr', 'M.Sc.'],
      },
      org: ['Viagenie'],
      emails: ['simon.perreault@viagenie.ca'],
      urls: ['http://nomis80.org'],
    };
    expect(writeVCard(card)).toBe(
      'BEGIN:VCARD\r\n' +
        'VERSION:4.0\r\n' +
        'FN:Simon Perreault\r\n' +
        'N:Perreault;Simon;;;ing. jr,M.Sc.\r\n' +
        'EMAIL:simon.perreault@viagenie.ca\r\n' +
        'URL:http://nomis80.org\r\n' +
        'ORG:Viagenie\r\n' +
        'END:VCARD\r\n',
    );
  });

  it('§3.2 folding: "NOTE:This is a long description that exists on a long line." stays whole under 75 octets', () => {
    expect(foldLine('NOTE:This is a long description that exists on a long line.')).toBe(
      'NOTE:This is a long description that exists on a long line.',
    );
  });
});

describe('escaping (§3.4)', () => {
  it('text: backslash, comma and every kind of line break; semicolons and colons stay', () => {
    expect(escapeText('a\\b,c;d:e\nf\r\ng\rh')).toBe('a\\\\b\\,c;d:e\\nf\\ng\\nh');
  });

  it('a component escapes semicolons too', () => {
    expect(escapeComponent('Smith; Jones, Ltd\\')).toBe('Smith\\; Jones\\, Ltd\\\\');
    expect(structuredValue(['a;b', ['c,d', 'e']])).toBe('a\\;b;c\\,d,e');
  });

  it('a list joins with bare commas, escaping the commas inside values', () => {
    expect(textList(['a,b', 'c;d', 'e\\'])).toBe('a\\,b,c;d,e\\\\');
  });
});

describe('folding (§3.2)', () => {
  it('splits a long line at 75 octets, continuation lines at 1 space + 74 octets', () => {
    const line = `NOTE:${'x'.repeat(200)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.map(octets)).toEqual([75, 75, 57]);
    expect(physical[1]).toBe(` ${'x'.repeat(74)}`);
  });

  it('counts UTF-8 octets and never splits a multi-octet character', () => {
    // "é" is 2 octets: 5 + 35*2 = 75 fits; the 36th goes to the next line.
    const folded = foldLine(`NOTE:${'é'.repeat(40)}`);
    expect(folded).toBe(`NOTE:${'é'.repeat(35)}\r\n ${'é'.repeat(5)}`);
    // "中" is 3 octets: 5 + 23*3 = 74, one more would be 77.
    expect(foldLine(`NOTE:${'中'.repeat(30)}`)).toBe(`NOTE:${'中'.repeat(23)}\r\n ${'中'.repeat(7)}`);
    // An emoji is 4 octets and 2 UTF-16 units: never halved.
    const emoji = foldLine(`NOTE:${'😀'.repeat(30)}`);
    expect(emoji).toBe(`NOTE:${'😀'.repeat(17)}\r\n ${'😀'.repeat(13)}`);
  });

  it('keeps an escape sequence on one line', () => {
    const line = `NOTE:${'x'.repeat(69)}\\,y`;
    expect(octets(line)).toBe(77);
    expect(foldLine(line)).toBe(`NOTE:${'x'.repeat(69)}\r\n \\,y`);
  });
});

const awkwardUnit = fc.oneof(
  fc.constantFrom('\\', ',', ';', ':', '\n', '\r', ' ', 'n', 'N', '"', 'é', '中', '😀', '\u00a0'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const awkward = fc.string({ unit: awkwardUnit, maxLength: 120 });
/** Long enough to fold several times. */
const longAwkward = fc.string({ unit: awkwardUnit, maxLength: 400, size: 'max' });
/** What a value reads back as: line breaks of any kind become \n (§3.4 has one escape for them). */
const normalised = (value: string) => value.replace(/\r\n|\r/g, '\n');
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('properties', () => {
  it('folding: every physical line within 75 octets, whole characters, and unfolding gives the line back', () => {
    fc.assert(
      fc.property(longAwkward, fc.constantFrom('NOTE', 'FN', 'X-LONG-PROPERTY-NAME'), (raw, name) => {
        const line = `${name}:${escapeText(raw)}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const [i, part] of physical.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(loneSurrogate.test(part)).toBe(false);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          if (i > 0) expect(part.length).toBeGreaterThan(1);
        }
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  it('every escaped value comes back through the reader', () => {
    fc.assert(
      fc.property(
        awkward.filter((s) => s !== ''),
        awkward,
        fc.array(awkward, { minLength: 1, maxLength: 4 }),
        fc.array(awkward, { minLength: 1, maxLength: 3 }),
        fc.array(fc.array(awkward, { minLength: 1, maxLength: 3 }), { minLength: 5, maxLength: 5 }),
        (fn, note, categories, org, nParts) => {
          const [family, given, additional, prefixes, suffixes] = nParts as [
            string[],
            string[],
            string[],
            string[],
            string[],
          ];
          const text = writeVCard({
            fn,
            n: { family, given, additional, prefixes, suffixes },
            note: note === '' ? undefined : note,
            categories,
            org,
            title: fn,
          });
          for (const physical of text.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
          const lines = readLines(text);
          const byName = (name: string) => lines.filter((line) => line.name === name);
          expect(lines[0]).toEqual({ name: 'BEGIN', params: [], value: 'VCARD' });
          expect(lines[1]).toEqual({ name: 'VERSION', params: [], value: '4.0' });
          expect(lines.at(-1)).toEqual({ name: 'END', params: [], value: 'VCARD' });
          expect(readText(byName('FN')[0]!.value)).toBe(normalised(fn));
          expect(readText(byName('TITLE')[0]!.value)).toBe(normalised(fn));
          if (note !== '') expect(readText(byName('NOTE')[0]!.value)).toBe(normalised(note));
          expect(readList(byName('CATEGORIES')[0]!.value)).toEqual(categories.map(normalised));
          expect(readStructured(byName('ORG')[0]!.value)).toEqual(org.map((part) => [normalised(part)]));
          expect(readStructured(byName('N')[0]!.value)).toEqual(nParts.map((list) => list.map(normalised)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a whole card', () => {
  it('BEGIN, VERSION 4.0 first, END last, CRLF after every line; a non-UUID id is a text UID', () => {
    const text = writeVCard({
      fn: 'Ann',
      emails: ['ann@example.com', 'a@example.org'],
      uid: 'contact-7',
      rev: Date.UTC(2025, 5, 16, 12, 0, 5),
      title: 'CEO, Acme',
      categories: [],
      note: '',
    });
    expect(text).toBe(
      'BEGIN:VCARD\r\n' +
        'VERSION:4.0\r\n' +
        'FN:Ann\r\n' +
        'EMAIL:ann@example.com\r\n' +
        'EMAIL:a@example.org\r\n' +
        'TITLE:CEO\\, Acme\r\n' +
        'UID;VALUE=text:contact-7\r\n' +
        'REV:20250616T120005Z\r\n' +
        'END:VCARD\r\n',
    );
  });

  it('refuses a property name that would break the line', () => {
    expect(() => contentLine('NO TE', 'x')).toThrow();
    expect(() => contentLine('X:Y', 'x')).toThrow();
  });
});

describe('folding odd input', () => {
  it('counts a lone surrogate as the 3 octets of the replacement character it is encoded as', () => {
    const folded = foldLine(`NOTE:${'\uD800'.repeat(40)}`);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(`NOTE:${'\uD800'.repeat(40)}`);
  });
});
