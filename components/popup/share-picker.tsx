/**
 * "Shared this with…": the page being read and the people who might have
 * been sent it. One click on a name logs "Shared an article" with the page's
 * title and address for them. Anyone else is found by name, email or account.
 */
import { useId } from 'react';
import type { Shareability } from '../../lib/popup/active-page';
import { unshareableMessages } from '../../lib/popup/active-page';
import type { ReminderPerson } from '../../lib/popup/reminder-data';
import type { ShareSuggestion, SuggestionSource } from '../../lib/popup/share-suggestions';
import { LevelChip } from './level-chip';

export interface SharePickerProps {
  page: Shareability | null;
  /** Undefined while they are being found. */
  suggestions: ShareSuggestion[] | undefined;
  query: string;
  /** Undefined before the first answer (or before typing). */
  results: ReminderPerson[] | undefined;
  /** The answer for the query as typed is not in yet: the results shown are for what was typed before. */
  searching: boolean;
  busy: boolean;
  error: string | null;
  autoFocusSearch?: boolean;
  onQueryChange(query: string): void;
  onShare(person: ReminderPerson): void;
}

const sectionTitles: Record<SuggestionSource, string> = {
  'on-page': 'On this page',
  interest: 'Interested in this',
  recent: 'Recently contacted',
};
const sources: SuggestionSource[] = ['on-page', 'interest', 'recent'];

export function SharePicker({
  page,
  suggestions,
  query,
  results,
  searching,
  busy,
  error,
  autoFocusSearch = false,
  onQueryChange,
  onShare,
}: SharePickerProps) {
  const headingId = useId();
  const searchId = useId();
  return (
    <section className="share-picker" aria-labelledby={headingId}>
      <h2 id={headingId}>Shared this with…</h2>
      {page === null && <p className="muted">Finding the page you are reading…</p>}
      {page !== null && !page.ok && <p className="share-unavailable">{unshareableMessages[page.reason]}</p>}
      {page?.ok && (
        <>
          <div className="share-page">
            <p className="share-title">{page.title}</p>
            <p className="share-url">{page.url}</p>
          </div>
          <p className="muted share-hint">
            One click on a name logs “Shared an article” with this page for them and restarts their follow-up
            clock.
          </p>
          {error && (
            <p className="popup-error" role="alert">
              {error}
            </p>
          )}
          {suggestions === undefined && <p className="muted">Looking for people who would value this…</p>}
          {suggestions?.length === 0 && (
            <p className="muted">No suggestions for this page: search for the person below.</p>
          )}
          {suggestions !== undefined &&
            sources.map((source) => {
              const list = suggestions.filter((s) => s.source === source);
              if (list.length === 0) return null;
              return (
                <PeopleSection
                  key={source}
                  title={sectionTitles[source]}
                  people={list.map((s) => ({ person: s.person, words: s.matchedTerms }))}
                  busy={busy}
                  onShare={onShare}
                />
              );
            })}
          <div className="share-search">
            <label htmlFor={searchId}>Search anyone else (name, email or account)</label>
            <input
              id={searchId}
              type="search"
              value={query}
              autoFocus={autoFocusSearch}
              autoComplete="off"
              onChange={(event) => onQueryChange(event.target.value)}
            />
            {searching && (
              <p className="muted" role="status">
                Searching…
              </p>
            )}
            {!searching && query.trim().length >= 2 && results !== undefined && results.length === 0 && (
              <p className="muted" role="status">
                No one matches “{query.trim()}”.
              </p>
            )}
            {results !== undefined && results.length > 0 && (
              <PeopleSection
                title="Search results"
                people={results.map((person) => ({ person, words: [] }))}
                busy={busy}
                onShare={onShare}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

function PeopleSection({
  title,
  people,
  busy,
  onShare,
}: {
  title: string;
  people: { person: ReminderPerson; words: string[] }[];
  busy: boolean;
  onShare(person: ReminderPerson): void;
}) {
  const headingId = useId();
  return (
    <div className="share-section">
      <h3 id={headingId}>{title}</h3>
      <ul aria-labelledby={headingId}>
        {people.map(({ person, words }) => (
          <li key={person.contactId} className="share-person">
            <button type="button" disabled={busy} onClick={() => onShare(person)}>
              <span className="visually-hidden">Log as shared with </span>
              {person.name}
            </button>
            <span className="share-person-facts">
              {person.accountName && <span>{person.accountName} · </span>}
              <LevelChip name={person.level.name} color={person.level.color} />
              {words.length > 0 && <span className="share-words"> · matches {words.join(', ')}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
