import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useUndoable } from '../../entrypoints/sidepanel/panels/use-undoable';
import { StatusScope } from '../../lib/sidebar/status-scope';
import { useUndo } from '../../lib/sidebar/use-undo';

afterEach(cleanup);

/** A panel's status line (useUndoable), with a change to make and undo. */
function Panel({ name }: { name: string }) {
  const status = useUndoable();
  return (
    <section aria-label={name}>
      <button
        type="button"
        onClick={() => void status.run(async () => ({ message: `${name}: changed.`, undo: async () => {} }))}
      >
        Change
      </button>
      <button type="button" onClick={() => void status.undo()}>
        Undo
      </button>
      <p>{status.undoMessage ?? status.notice ?? ''}</p>
    </section>
  );
}

/** The card's status line (useUndo): a plain word, or a change with its undo. */
function Card() {
  const status = useUndo();
  return (
    <section aria-label="Card">
      <button type="button" onClick={() => status.notify({ message: 'Already in Rapport.' })}>
        Add
      </button>
      <button type="button" onClick={() => status.notify({ message: 'Level set.', undo: async () => {} })}>
        Set level
      </button>
      <p>{status.message ?? ''}</p>
    </section>
  );
}

const line = (name: string) => within(screen.getByRole('region', { name })).getByRole('paragraph');
const press = (region: string, button: string) =>
  userEvent.click(within(screen.getByRole('region', { name: region })).getByRole('button', { name: button }));

function page(children: ReactNode, scoped = true) {
  render(scoped ? <StatusScope>{children}</StatusScope> : <>{children}</>);
}

describe('the status lines of one page', () => {
  it('take turns: a plain word goes once another line speaks; an offer to undo stays', async () => {
    page(
      <>
        <Card />
        <Panel name="Notes" />
        <Panel name="Goals" />
      </>,
    );
    await press('Notes', 'Change');
    await press('Notes', 'Undo');
    expect(await within(screen.getByRole('region', { name: 'Notes' })).findByText('Undone: Notes: changed.'));
    await press('Card', 'Add');
    expect(line('Card')).toHaveTextContent('Already in Rapport.');
    await press('Goals', 'Change');
    expect(await within(screen.getByRole('region', { name: 'Goals' })).findByText('Goals: changed.'));
    // The stale words have gone; the offer made earlier, still good, has not.
    expect(line('Notes')).toBeEmptyDOMElement();
    expect(line('Card')).toBeEmptyDOMElement();
    await press('Card', 'Set level');
    expect(line('Goals')).toHaveTextContent('Goals: changed.');
  });

  it('keep every word outside a StatusScope', async () => {
    page(
      <>
        <Panel name="Notes" />
        <Panel name="Goals" />
      </>,
      false,
    );
    await press('Notes', 'Change');
    await press('Notes', 'Undo');
    await press('Goals', 'Change');
    expect(await within(screen.getByRole('region', { name: 'Goals' })).findByText('Goals: changed.'));
    expect(line('Notes')).toHaveTextContent('Undone: Notes: changed.');
  });
});
