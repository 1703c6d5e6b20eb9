import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactSearch } from '../../../components/sidebar/contact-search';
import { PersonPicker } from '../../../components/sidebar/person-picker';
import { UnknownPerson } from '../../../components/sidebar/unknown-person';
import type { ContactHit } from '../../../lib/db/search';
import type { PagePerson } from '../../../lib/messaging/page-people';

afterEach(cleanup);

const people: PagePerson[] = [
  { identity: { kind: 'email', value: 'ana@acme.com' }, name: 'Ana Lima', contactId: 'c-ana' },
  { identity: { kind: 'email', value: 'bo@acme.com' }, name: '', contactId: null },
];

const hit = (contactId: string, name: string): ContactHit => ({
  contactId,
  name,
  headline: 'CFO',
  accountId: 'acme',
  accountName: 'Acme',
  levelId: 'client',
  matched: 'name',
});

describe('the person picker', () => {
  it('lists the page’s people, known or not, and picks one', async () => {
    const onPick = vi.fn();
    render(<PersonPicker people={people} onPick={onPick} />);
    expect(screen.getByRole('heading', { name: '2 people on this page' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ana Lima In Rapport/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^bo@acme.com Not in Rapport yet/ }));
    expect(onPick).toHaveBeenCalledWith(people[1]);
  });
});

describe('contact search', () => {
  it('tells a new user what to do before anything is typed', () => {
    render(<ContactSearch query="" onQueryChange={vi.fn()} hits={[]} limit={20} onPick={vi.fn()} />);
    expect(screen.getByText(/Open a LinkedIn profile or an email, or search/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('passes what is typed on and picks a result', async () => {
    const onQueryChange = vi.fn();
    const onPick = vi.fn();
    render(
      <ContactSearch
        query="an"
        onQueryChange={onQueryChange}
        hits={[hit('c1', 'Ana Lima'), hit('c2', 'Anders Berg')]}
        limit={20}
        onPick={onPick}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 matches');
    await userEvent.type(screen.getByLabelText('Name, email or account'), 'd');
    expect(onQueryChange).toHaveBeenLastCalledWith('and');
    await userEvent.click(screen.getByRole('button', { name: /Anders Berg CFO · Acme/ }));
    expect(onPick).toHaveBeenCalledWith('c2');
  });

  it('keeps the earlier results while the query typed since is searched, and says so', () => {
    render(
      <ContactSearch
        query="smith"
        onQueryChange={vi.fn()}
        hits={[hit('c1', 'Smithers Lowe')]}
        searching
        limit={20}
        onPick={vi.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Searching…');
    expect(screen.getByRole('list', { name: 'Search results' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: /Smithers Lowe/ })).toBeInTheDocument();
  });

  it('says while it searches, when nobody matches and when there may be more', () => {
    const { rerender } = render(
      <ContactSearch query="zz" onQueryChange={vi.fn()} hits={undefined} limit={2} onPick={vi.fn()} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Searching…');
    rerender(<ContactSearch query="zz" onQueryChange={vi.fn()} hits={[]} limit={2} onPick={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nobody found');
    rerender(
      <ContactSearch
        query="a"
        onQueryChange={vi.fn()}
        hits={[hit('1', 'A'), hit('2', 'B')]}
        limit={2}
        onPick={vi.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'The first 2 matches; type more to narrow them down.',
    );
  });
});

describe('an unknown person', () => {
  it('offers to add them at the lowest level and reports a failure', async () => {
    const onAdd = vi.fn(async () => Promise.reject(new Error('Not saved: full')));
    render(
      <UnknownPerson
        identity={{ kind: 'linkedin', value: 'bo-berg' }}
        name="Bo Berg"
        startLevelName="Prospect"
        onAdd={onAdd}
      />,
    );
    expect(screen.getByText(/they start as Prospect/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add to Rapport' }));
    expect(onAdd).toHaveBeenCalledOnce();
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: full');
  });
});
