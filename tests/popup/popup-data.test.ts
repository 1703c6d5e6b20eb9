import { afterEach, describe, expect, it, vi } from 'vitest';
import { newContactDefaults } from '../../lib/db/contacts';
import type { RapportDatabase } from '../../lib/db/database';
import { deleteRecord } from '../../lib/db/deletion';
import { createRecord, updateRecord } from '../../lib/db/records';
import { searchContactIds, searchPeople } from '../../lib/popup/contact-search';
import {
  hasAnyContact,
  linkedinProfileUrl,
  loadReminderPeople,
  mailtoUrl,
} from '../../lib/popup/reminder-data';
import { loadShareSuggestions, recentlyContactedIds } from '../../lib/popup/share-suggestions';
import { freshDatabase, seedDatabase } from '../db/test-database';
import { account, contact, day, gesture, NOW } from '../domain/builders';

let database: RapportDatabase;
afterEach(() => database?.close());

async function seeded(data: Parameters<typeof seedDatabase>[1]) {
  database = freshDatabase();
  await seedDatabase(database, data);
  return database;
}

describe('who the reminder entries are', () => {
  it('reads only the contacts asked for, with account name, level, LinkedIn slug and email', async () => {
    await seeded({
      accounts: [account({ id: 'acme', name: 'Acme Corp' })],
      contacts: [
        contact({
          id: 'dana',
          name: 'Dana Smith',
          accountId: 'acme',
          levelId: 'client',
          linkedinSlugs: ['dana-smith'],
          emails: ['dana@acme.com'],
        }),
        contact({ id: 'lee', name: 'Lee Wong', accountId: null }),
        contact({ id: 'other', name: 'Not asked for' }),
      ],
    });
    const people = await loadReminderPeople(['dana', 'lee', 'missing'], database);
    expect([...people.keys()]).toEqual(['dana', 'lee']);
    expect(people.get('dana')).toEqual({
      contactId: 'dana',
      name: 'Dana Smith',
      accountName: 'Acme Corp',
      level: { id: 'client', name: 'Client', color: expect.stringMatching(/^#/) },
      linkedinSlug: 'dana-smith',
      email: 'dana@acme.com',
    });
    expect(people.get('lee')).toMatchObject({ accountName: null, linkedinSlug: null, email: null });
    expect(people.get('lee')?.level.name).toBe('Prospect');
  });

  it('shows a level no longer on the ladder as the lowest level', async () => {
    await seeded({ contacts: [contact({ id: 'x', levelId: 'gone' })] });
    expect((await loadReminderPeople(['x'], database)).get('x')?.level.name).toBe('Prospect');
  });

  it('knows a new user (no contacts) from one with contacts', async () => {
    await seeded({});
    await expect(hasAnyContact(database)).resolves.toBe(false);
    await database.contacts.add(contact({ id: 'a' }));
    await expect(hasAnyContact(database)).resolves.toBe(true);
  });

  it('builds profile and mail links', () => {
    expect(linkedinProfileUrl('dana-smith')).toBe('https://www.linkedin.com/in/dana-smith/');
    expect(mailtoUrl('dana+news@acme.com')).toBe('mailto:dana%2Bnews@acme.com');
  });
});

describe('share suggestions', () => {
  const page = { title: 'Kubernetes security for retail banks', url: 'https://news.example.com/k8s' };

  it('lists people on the page, then interest matches with what matched, then the recently contacted, each once', async () => {
    await seeded({
      accounts: [account({ id: 'bank', name: 'Northbank', industry: 'Retail banking' })],
      contacts: [
        contact({ id: 'onpage', name: 'On Page', accountId: null, interests: ['kubernetes'] }),
        contact({ id: 'k8s', name: 'Kim Kube', accountId: null, interests: ['Kubernetes security'] }),
        contact({ id: 'golf', name: 'Gil Golf', accountId: null, interests: ['golf'] }),
        contact({ id: 'recent', name: 'Rae Recent', accountId: null }),
        contact({ id: 'left', name: 'Left Co', accountId: null, interests: ['kubernetes'], left: true }),
      ],
      gestures: [
        gesture('recent', 'check-in', day(-1)),
        gesture('k8s', 'thanks', day(-2)),
        gesture('golf', 'referral-ask', day(-3)),
        gesture('recent', 'article', day(2)), // in the future: not "recent"
      ],
    });
    const suggestions = await loadShareSuggestions({ onPageIds: ['onpage'], page, now: NOW }, database);
    expect(suggestions.map((s) => [s.source, s.person.name, s.matchedTerms])).toEqual([
      ['on-page', 'On Page', []],
      ['interest', 'Kim Kube', ['Kubernetes security']],
      ['recent', 'Rae Recent', []],
      ['recent', 'Gil Golf', []],
    ]);
  });

  it('finds the recently contacted newest first, each once', async () => {
    await seeded({
      gestures: [
        gesture('a', 'thanks', day(-5)),
        gesture('b', 'thanks', day(-1)),
        gesture('a', 'gift', day(-2)),
        gesture('c', 'gift', day(-3)),
      ],
    });
    await expect(recentlyContactedIds(2, NOW, database)).resolves.toEqual(['b', 'a']);
  });
});

describe('searching anyone else', () => {
  async function people() {
    return seeded({
      accounts: [account({ id: 'acme', name: 'Acme Corp' }), account({ id: 'zen', name: 'Zenith' })],
      contacts: [
        contact({
          id: 'dana',
          name: 'Dana Smith',
          accountId: 'acme',
          emails: ['dana@acme.com'],
          linkedinSlugs: ['dsmith-acme'],
        }),
        contact({ id: 'sam', name: 'Sam Jones', accountId: 'zen', emails: ['sj@zenith.io'] }),
        contact({ id: 'smitty', name: 'Smitty Werben', accountId: null }),
      ],
    });
  }

  it('finds by the start of the name, ignoring case', async () => {
    await people();
    await expect(searchContactIds('dAn', 8, database)).resolves.toEqual(['dana']);
  });

  it('finds by email, LinkedIn slug and account name', async () => {
    await people();
    await expect(searchContactIds('dsmith', 8, database)).resolves.toEqual(['dana']);
    await expect(searchContactIds('sj@', 8, database)).resolves.toEqual(['sam']);
    await expect(searchContactIds('zeni', 8, database)).resolves.toEqual(['sam']);
  });

  it('finds a word inside a name after the prefix matches', async () => {
    await people();
    await expect(searchContactIds('smit', 8, database)).resolves.toEqual(['smitty', 'dana']);
  });

  it('needs two characters and stops at the limit', async () => {
    await people();
    await expect(searchContactIds('s', 8, database)).resolves.toEqual([]);
    await expect(searchContactIds('smit', 1, database)).resolves.toEqual(['smitty']);
  });

  it('stops once told to, and otherwise finds nobody for a word no name holds', async () => {
    await seeded({
      contacts: Array.from({ length: 300 }, (_, i) => contact({ id: `c-${i}`, name: `Person ${i}` })),
    });
    const stopped = new DOMException('Stopped', 'AbortError');
    const already = new AbortController();
    already.abort(stopped);
    await expect(searchPeople('person', database, already.signal)).rejects.toBe(stopped);
    // Told while the names are read: the search stops before looking through them.
    let checks = 0;
    const signal = {
      throwIfAborted() {
        checks += 1;
        if (checks > 1) throw stopped;
      },
    } as AbortSignal;
    await expect(searchContactIds('nobody', 8, database, signal)).rejects.toBe(stopped);
    await expect(searchContactIds('nobody', 8, database)).resolves.toEqual([]);
  });

  it('finds a word inside a name whatever its accents', async () => {
    await seeded({
      contacts: [
        contact({ id: 'eduardo', name: 'Eduardo Álvarez Nowak' }),
        contact({ id: 'zoe', name: 'Zoë Sjöström' }),
      ],
    });
    await expect(searchContactIds('alvarez', 8, database)).resolves.toEqual(['eduardo']);
    await expect(searchContactIds('SJOST', 8, database)).resolves.toEqual(['zoe']);
    await expect(searchContactIds('álvarez', 8, database)).resolves.toEqual(['eduardo']);
  });

  it('keeps the names between searches, caught up with contacts renamed, added and deleted', async () => {
    await people();
    /** Waits for the names a search kept (stored in a transaction of their own). */
    const kept = () => database.transaction('rw', database.caches, () => {});
    const wholeReads = vi.spyOn(database.contacts, 'toArray');
    await expect(searchContactIds('werb', 8, database)).resolves.toEqual(['smitty']);
    expect(wholeReads).toHaveBeenCalledTimes(1);
    await kept();

    await updateRecord('contacts', 'sam', { name: 'Sam Werbeck' }, NOW, database);
    await expect(searchContactIds('werb', 8, database)).resolves.toEqual(['sam', 'smitty']);
    await kept();
    const added = await createRecord(
      'contacts',
      { ...newContactDefaults, name: 'Ola Werbner', accountId: null, levelId: 'prospect' },
      NOW,
      database,
    );
    await kept();
    await deleteRecord('contacts', 'smitty', database);
    // In id order, as a read of every contact gives them: a UUID sorts before 'sam'.
    await expect(searchContactIds('werb', 8, database)).resolves.toEqual([added.id, 'sam']);
    expect(wholeReads).toHaveBeenCalledTimes(1);
    await kept();

    // An account written: the stamp lists nothing to catch up with, so every contact is read again.
    await updateRecord('accounts', 'acme', { revenue: 5 }, NOW, database);
    await expect(searchContactIds('werb', 8, database)).resolves.toEqual([added.id, 'sam']);
    expect(wholeReads).toHaveBeenCalledTimes(2);
    wholeReads.mockRestore();
  });

  it('reads every name once for searches begun before the names are kept', async () => {
    await people();
    const wholeReads = vi.spyOn(database.contacts, 'toArray');
    // The user typing on: each query's search starts before the last one's read is done.
    const searches = Promise.all(['we', 'wer', 'werb', 'jon'].map((q) => searchContactIds(q, 8, database)));
    await expect(searches).resolves.toEqual([['smitty'], ['smitty'], ['smitty'], ['sam']]);
    expect(wholeReads).toHaveBeenCalledTimes(1);
    wholeReads.mockRestore();
  });

  it('returns the people with their account and level', async () => {
    await people();
    const [found] = await searchPeople('jones', database);
    expect(found).toMatchObject({ name: 'Sam Jones', accountName: 'Zenith', level: { name: 'Prospect' } });
  });
});
