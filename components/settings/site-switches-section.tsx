/** Which sites show badges: each can be switched off, and back on, without reloading the page. */
import './settings.css';
import { useId } from 'react';
import { sites, type SiteSwitches } from '../../lib/sites/site-switches';

export interface SiteSwitchesSectionProps {
  switches: SiteSwitches;
  onChange(next: SiteSwitches): void;
}

export function SiteSwitchesSection({ switches, onChange }: SiteSwitchesSectionProps) {
  const headingId = useId();
  return (
    <section className="settings-block" aria-labelledby={headingId}>
      <h3 id={headingId}>Where badges appear</h3>
      <p className="hint">A site switched off gets no badges and Rapport reads nothing on it.</p>
      <ul className="plain-list">
        {sites.map((site) => (
          <li key={site.id}>
            <label>
              <input
                type="checkbox"
                checked={switches[site.id]}
                onChange={(event) => onChange({ ...switches, [site.id]: event.currentTarget.checked })}
              />{' '}
              {site.label}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
