/**
 * The contacts table's filter bar: a search box and one labelled control per
 * filter. Every change applies at once; "Clear filters" puts them all back.
 */
import { useId } from 'react';
import { accountTiers, type AccountTier } from '../../lib/domain/account-tier';
import { roles, type Role } from '../../lib/db/schema';
import {
  dueBucketLabels,
  dueBuckets,
  isFiltered,
  NO_ACCOUNT,
  noFilters,
  type ContactFilters,
  type DueBucket,
  type FilterChoices,
} from '../../lib/portfolio/contact-rows';
import { roleLabels } from '../sidebar/labels';
import { shortTierLabels } from './labels';

export interface ContactFiltersBarProps {
  filters: ContactFilters;
  levels: readonly { id: string; name: string }[];
  choices: FilterChoices;
  onChange(filters: ContactFilters): void;
}

const ANY = '*';

export function ContactFiltersBar({ filters, levels, choices, onChange }: ContactFiltersBarProps) {
  const id = useId();
  const set = <K extends keyof ContactFilters>(key: K, value: ContactFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const fromSelect = (value: string) => (value === ANY ? null : value);

  return (
    <div role="search" className="contact-filters" aria-label="Filter contacts">
      <div className="filter-field filter-search">
        <label htmlFor={`${id}-query`}>Search</label>
        <input
          id={`${id}-query`}
          type="search"
          value={filters.query}
          placeholder="Name, email, company or interest"
          onChange={(event) => set('query', event.target.value)}
        />
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-level`}>Level</label>
        <select
          id={`${id}-level`}
          value={filters.levelId ?? ANY}
          onChange={(event) => set('levelId', fromSelect(event.target.value))}
        >
          <option value={ANY}>Any level</option>
          {levels.map((level) => (
            <option key={level.id} value={level.id}>
              {level.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-tier`}>Tier</label>
        <select
          id={`${id}-tier`}
          value={filters.tier ?? ANY}
          onChange={(event) => set('tier', fromSelect(event.target.value) as AccountTier | null)}
        >
          <option value={ANY}>Any tier</option>
          {accountTiers.map((tier) => (
            <option key={tier} value={tier}>
              {shortTierLabels[tier]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-due`}>Due</label>
        <select
          id={`${id}-due`}
          value={filters.due ?? ANY}
          onChange={(event) => set('due', fromSelect(event.target.value) as DueBucket | null)}
        >
          <option value={ANY}>Any time</option>
          {dueBuckets.map((bucket) => (
            <option key={bucket} value={bucket}>
              {dueBucketLabels[bucket]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={filters.role ?? ANY}
          onChange={(event) => set('role', fromSelect(event.target.value) as Role | null)}
        >
          <option value={ANY}>Any role</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-account`}>Account</label>
        <select
          id={`${id}-account`}
          value={filters.accountId ?? ANY}
          onChange={(event) => set('accountId', fromSelect(event.target.value))}
        >
          <option value={ANY}>Any account</option>
          {choices.someWithoutAccount && <option value={NO_ACCOUNT}>No account</option>}
          {choices.accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <select
          id={`${id}-tag`}
          value={filters.tag ?? ANY}
          onChange={(event) => set('tag', fromSelect(event.target.value))}
        >
          <option value={ANY}>Any tag</option>
          {choices.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-checks">
        <label>
          <input
            type="checkbox"
            checked={filters.staleAtHighLevel}
            onChange={(event) => set('staleAtHighLevel', event.target.checked)}
          />{' '}
          Stale at a high level
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.levelUnsupported}
            onChange={(event) => set('levelUnsupported', event.target.checked)}
          />{' '}
          Assumption check failed (level above the evidence)
        </label>
      </div>
      {isFiltered(filters) && (
        <button type="button" className="secondary" onClick={() => onChange(noFilters)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
