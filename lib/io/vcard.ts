/**
 * A vCard 4.0 writer (RFC 6350, https://www.rfc-editor.org/rfc/rfc6350),
 * exact about the parts address books trip on:
 *
 * - escaping (§3.4 and the ABNF of §4): in a text value a backslash, a comma
 *   and a line break are escaped (`\\`, `\,`, `\n`); in a component of a
 *   structured value (N, ORG) a semicolon is escaped too (`\;`), because it
 *   separates the components; in a list (CATEGORIES, N's components) the
 *   values are joined with bare commas, their own commas escaped;
 * - folding (§3.2): content lines longer than 75 octets of UTF-8 are split
 *   by CRLF and one space, never inside a multi-octet character (nor, for
 *   readers that unescape before unfolding, inside an escape sequence);
 * - CRLF after every line, BEGIN:VCARD then VERSION:4.0 first (§6.7.9).
 *
 * The writer is generic (a VCard value in, text out); contacts-vcard-export.ts
 * maps Rapport's contacts to it.
 */

/** §3.2: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
export const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** A text value (§4 `text`): backslash, comma and line breaks escaped; semicolons stay. */
export function escapeText(value: string): string {
  return value.replace(/\r\n|[\\,\r\n]/g, (match) =>
    match === '\\' ? '\\\\' : match === ',' ? '\\,' : '\\n',
  );
}

/** One component of a structured value (§4 `component`): as text, and semicolons escaped too. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/** A list of text values (§4 `text-list`, e.g. CATEGORIES): each escaped, joined by bare commas. */
export function textList(values: readonly string[]): string {
  return values.map(escapeText).join(',');
}

/**
 * A structured value (N, ORG): components separated by semicolons, each
 * component a single value or a list of values separated by commas.
 */
export function structuredValue(components: ReadonlyArray<string | readonly string[]>): string {
  return components
    .map((component) =>
      (typeof component === 'string' ? [component] : component).map(escapeComponent).join(','),
    )
    .join(';');
}

/** UTF-8 octets of the code point starting at `index` (a lone surrogate counts as U+FFFD, 3 octets). */
function octetsAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  return 3;
}

/** UTF-16 code units of the code point starting at `index`. */
function unitsAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Folds one content line (§3.2): the first physical line holds at most 75
 * octets, each continuation line one space and at most 74 octets more.
 * Splits only between whole code points, and never between a backslash and
 * the character it escapes. Unfolding (removing every CRLF followed by one
 * space) gives back the line. Octets are counted from the UTF-16 code units
 * (no encoding), since a 50,000-contact export folds a line per card.
 */
export function foldLine(line: string): string {
  // At most 3 octets per UTF-16 code unit: a short line needs no counting.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line;
  const breaks: number[] = [];
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  let lineStart = 0;
  for (let i = 0; i < line.length;) {
    // The unit that must stay whole: a code point, or a backslash with the code point it escapes.
    let length = unitsAt(line, i);
    let unitSize = octetsAt(line, i);
    if (line[i] === '\\' && i + 1 < line.length) {
      unitSize += octetsAt(line, i + 1);
      length += unitsAt(line, i + 1);
    }
    if (size + unitSize > limit && i > lineStart) {
      breaks.push(i);
      lineStart = i;
      size = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space counts
    }
    size += unitSize;
    i += length;
  }
  if (breaks.length === 0) return line;
  const parts: string[] = [];
  let from = 0;
  for (const at of breaks) {
    parts.push(line.slice(from, at));
    from = at;
  }
  parts.push(line.slice(from));
  return parts.join(`${CRLF} `);
}

/** Parameter values (§5): quoted when they hold a colon, semicolon or comma. */
function paramValue(value: string): string {
  // RFC 6868 caret encoding would be needed for quotes and line breaks; the writer never puts any there.
  if (/["\r\n]/.test(value))
    throw new Error(`A vCard parameter value cannot hold quotes or line breaks: ${value}`);
  return /[:;,]/.test(value) ? `"${value}"` : value;
}

/**
 * One property as a folded content line, with its CRLF. `value` is already
 * in its escaped form (escapeText, structuredValue, textList, or a URI).
 */
export function contentLine(
  name: string,
  value: string,
  params: ReadonlyArray<readonly [string, string]> = [],
): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Not a vCard property name: ${name}`);
  const head = [name, ...params.map(([key, v]) => `${key}=${paramValue(v)}`)].join(';');
  return foldLine(`${head}:${value}`) + CRLF;
}

/** N's five components (§6.2.2), each a list of values. */
export interface NameComponents {
  family: readonly string[];
  given: readonly string[];
  additional: readonly string[];
  prefixes: readonly string[];
  suffixes: readonly string[];
}

export interface VCard {
  /** FN (§6.2.1), required. */
  fn: string;
  n?: NameComponents;
  emails?: readonly string[];
  /** URIs, written as they are (they must already be valid URIs). */
  urls?: readonly string[];
  /** ORG (§6.6.4): the organisation's name then its units. */
  org?: readonly string[];
  title?: string;
  note?: string;
  categories?: readonly string[];
  /** UID (§6.7.6): a UUID is written as urn:uuid:…, anything else as a text value. */
  uid?: string;
  /** REV (§6.7.4): when the card last changed, ms since the epoch. */
  rev?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A timestamp (§4.3.5) in UTC: 19951031T222710Z. */
export function vcardTimestamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/** The card's text: BEGIN:VCARD … END:VCARD, every line folded and ended with CRLF. */
export function writeVCard(card: VCard): string {
  const lines = [contentLine('BEGIN', 'VCARD'), contentLine('VERSION', '4.0')];
  lines.push(contentLine('FN', escapeText(card.fn)));
  if (card.n) {
    const { family, given, additional, prefixes, suffixes } = card.n;
    lines.push(contentLine('N', structuredValue([family, given, additional, prefixes, suffixes])));
  }
  for (const email of card.emails ?? []) lines.push(contentLine('EMAIL', escapeText(email)));
  for (const url of card.urls ?? []) lines.push(contentLine('URL', url));
  if (card.org && card.org.length > 0) lines.push(contentLine('ORG', structuredValue(card.org)));
  if (card.title !== undefined && card.title !== '') lines.push(contentLine('TITLE', escapeText(card.title)));
  if (card.note !== undefined && card.note !== '') lines.push(contentLine('NOTE', escapeText(card.note)));
  if (card.categories && card.categories.length > 0) {
    lines.push(contentLine('CATEGORIES', textList(card.categories)));
  }
  if (card.uid !== undefined) {
    lines.push(
      UUID.test(card.uid)
        ? contentLine('UID', `urn:uuid:${card.uid.toLowerCase()}`)
        : contentLine('UID', escapeText(card.uid), [['VALUE', 'text']]),
    );
  }
  if (card.rev !== undefined) lines.push(contentLine('REV', vcardTimestamp(card.rev)));
  lines.push(contentLine('END', 'VCARD'));
  return lines.join('');
}
