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
import { guessNameComponents } from './name-components';
import { writeVCard, type VCard } from './vcard';

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
