/** Several people on the page (a thread with five recipients): choose whom to show. */
import type { PagePerson } from '../../lib/messaging/page-people';

export interface PersonPickerProps {
  people: readonly PagePerson[];
  onPick(person: PagePerson): void;
}

function identityText(person: PagePerson): string {
  return person.identity.kind === 'email'
    ? person.identity.value
    : `linkedin.com/in/${person.identity.value}`;
}

export function PersonPicker({ people, onPick }: PersonPickerProps) {
  return (
    <section className="picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">{people.length} people on this page</h2>
      <p className="muted">Choose whom to show.</p>
      <ul className="choice-list">
        {people.map((person) => (
          <li key={`${person.identity.kind}:${person.identity.value}`}>
            <button type="button" className="choice" onClick={() => onPick(person)}>
              <span className="choice-name">{person.name || identityText(person)}</span>
              <span className="muted">
                {person.contactId === null ? 'Not in Rapport yet' : 'In Rapport'} · {identityText(person)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
