/** Finding someone by name, email, LinkedIn profile or account name. */
import { useId } from 'react';
import type { ContactHit } from '../../lib/db/search';

export interface ContactSearchProps {
  query: string;
  onQueryChange(query: string): void;
  /** The latest answer (to an earlier query while `searching`); undefined before the first. */
  hits: readonly ContactHit[] | undefined;
  /** Whether the answer to the query shown is still on its way. */
  searching?: boolean;
  /** How many hits are shown at most, to say when there may be more. */
  limit: number;
  onPick(contactId: string): void;
  /** What to say above the box; the empty-page guidance by default. */
  intro?: string;
}

const defaultIntro =
  'Open a LinkedIn profile or an email, or search for someone you already keep in Rapport.';

export function ContactSearch({
  query,
  onQueryChange,
  hits,
  searching = false,
  limit,
  onPick,
  intro = defaultIntro,
}: ContactSearchProps) {
  const inputId = useId();
  const statusId = useId();
  const typed = query.trim() !== '';
  let status = '';
  if (typed) {
    status =
      hits === undefined || searching
        ? 'Searching…'
        : hits.length === 0
          ? 'Nobody found. Try a name, an email or a company.'
          : hits.length >= limit
            ? `The first ${hits.length} matches; type more to narrow them down.`
            : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`;
  }
  return (
    <section className="search" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Find a person</h2>
      <p className="muted">{intro}</p>
      <label htmlFor={inputId}>Name, email or account</label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={statusId}
        onChange={(event) => onQueryChange(event.target.value)}
      />
      <p id={statusId} className="muted" role="status">
        {status}
      </p>
      {typed && hits !== undefined && hits.length > 0 ? (
        <ul className="choice-list" aria-label="Search results" aria-busy={searching}>
          {hits.map((hit) => (
            <li key={hit.contactId}>
              <button type="button" className="choice" onClick={() => onPick(hit.contactId)}>
                <span className="choice-name">{hit.name}</span>
                <span className="muted">{[hit.headline, hit.accountName].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
