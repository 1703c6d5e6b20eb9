/**
 * Contacts as vCard 4.0 cards (vcard.ts), all in one .vcf file, for an
 * address book. What an address book has a place for goes there (name,
 * emails, LinkedIn addresses, account as ORG, headline as TITLE, tags as
 * CATEGORIES); what is Rapport's own (level, roles, interests…) goes into
 * NOTE as readable lines. The JSON backup stays the format that keeps everything.
 */
import type { Contact } from '../db/schema';
import {
  accountName,
  exportRoleLabels,
  exportSeniorityLabels,
  levelName,
  linkedinUrl,
  type ContactExportContext,
} from './contacts-csv-export';
import { writeVCard, type NameComponents, type VCard } from './vcard';

/**
 * N's components guessed from the name as written: the last word as the
 * family name and the words before it as the given name ("Ana María Pérez"
 * → Pérez; Ana María). A name of one word (or written without spaces, as
 * Chinese or Japanese names often are) goes whole into the given name, so
 * nothing is split wrongly. FN always holds the name exactly as written.
 */
export function guessNameComponents(name: string): NameComponents {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? [words[words.length - 1]!] : [''];
  const given = [words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '')];
  return { family, given, additional: [''], prefixes: [''], suffixes: [''] };
}

/** Rapport's own facts about the contact, one per line, for NOTE. */
export function contactNote(contact: Contact, context: ContactExportContext): string {
  const lines = [`Rapport level: ${levelName(contact, context)}`];
  if (contact.roles.length > 0) {
    lines.push(`Roles: ${contact.roles.map((role) => exportRoleLabels[role]).join(', ')}`);
  }
  if (contact.seniority !== 'unknown') lines.push(`Seniority: ${exportSeniorityLabels[contact.seniority]}`);
  if (contact.interests.length > 0) lines.push(`Interests: ${contact.interests.join(', ')}`);
  if (contact.motivations.length > 0) lines.push(`Motivations: ${contact.motivations.join(', ')}`);
  if (contact.personalWins) lines.push(`Personal wins: ${contact.personalWins}`);
  if (contact.cadenceDays !== null) lines.push(`Touch every ${contact.cadenceDays} days`);
  if (contact.left) lines.push('Has left the account');
  return lines.join('\n');
}

export function contactToVCard(contact: Contact, context: ContactExportContext): VCard {
  const org = accountName(contact, context);
  return {
    fn: contact.name,
    n: guessNameComponents(contact.name),
    emails: contact.emails,
    urls: contact.linkedinSlugs.map(linkedinUrl),
    org: org === '' ? [] : [org],
    title: contact.headline ?? '',
    note: contactNote(contact, context),
    categories: contact.tags,
    uid: contact.id,
    rev: contact.updatedAt,
  };
}

/** The cards of these contacts, one after the other (a .vcf file may hold any number). */
export function contactsToVCards(contacts: readonly Contact[], context: ContactExportContext): string {
  return contacts.map((contact) => writeVCard(contactToVCard(contact, context))).join('');
}
