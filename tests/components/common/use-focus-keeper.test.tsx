import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UndoBar } from '../../../components/common/undo-bar';
import { useFocusKeeper } from '../../../components/common/use-focus-keeper';

afterEach(cleanup);

/** A page of two sections: notes whose Delete goes with its note and leaves an Undo, and goals whose New goal opens a form in its place. */
function Page({ virtual = false }: { virtual?: boolean }) {
  const page = useRef<HTMLDivElement>(null);
  useFocusKeeper(page);
  const [deleted, setDeleted] = useState(false);
  const [formOpen, setFormOpen] = useState(false);
  return (
    <div ref={page}>
      <button type="button">Search</button>
      <section aria-label="Notes" data-focus-keeper={virtual ? 'off' : undefined}>
        <button type="button">Add note</button>
        {deleted ? (
          <div className="undo-bar">
            Note deleted.{' '}
            <button type="button" className="undo-button">
              Undo
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setDeleted(true)}>
            Delete note
          </button>
        )}
      </section>
      <section aria-label="Goals">
        {formOpen ? (
          <form aria-label="New goal">
            <input aria-label="Goal" />
          </form>
        ) : (
          <button type="button" onClick={() => setFormOpen(true)}>
            New goal
          </button>
        )}
      </section>
    </div>
  );
}

/** A virtualised list whose last entry's Done empties it: the list gives way to "All caught up" and an Undo. */
function EmptiedList() {
  const page = useRef<HTMLDivElement>(null);
  useFocusKeeper(page);
  const [done, setDone] = useState(false);
  return (
    <div ref={page}>
      <a href="#/settings">Settings</a>
      {done ? (
        <>
          <p>All caught up.</p>
          <div className="undo-bar">
            Logged.{' '}
            <button type="button" className="undo-button">
              Undo
            </button>
          </div>
        </>
      ) : (
        <div data-focus-keeper="off" role="list" aria-label="Needs attention">
          <button type="button" onClick={() => setDone(true)}>
            Done
          </button>
        </div>
      )}
    </div>
  );
}

/** A section whose undo bar, once its Undo is pressed, says what was undone. */
function Undoing() {
  const page = useRef<HTMLDivElement>(null);
  useFocusKeeper(page);
  const [undone, setUndone] = useState(false);
  return (
    <div ref={page}>
      <section aria-label="Notes">
        <button type="button">Add note</button>
        <UndoBar
          message={undone ? 'Undone: Note deleted.' : 'Note deleted.'}
          onUndo={undone ? undefined : () => setUndone(true)}
          onDismiss={() => {}}
        />
      </section>
    </div>
  );
}

/** An export whose button is disabled while it works. */
function Exporting() {
  const page = useRef<HTMLDivElement>(null);
  useFocusKeeper(page);
  const [busy, setBusy] = useState(false);
  return (
    <div ref={page}>
      <a href="#/contacts">Contacts</a>
      <section aria-label="Export">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setTimeout(() => setBusy(false), 100);
          }}
        >
          Export CSV
        </button>
      </section>
    </div>
  );
}

describe('keeping the keyboard’s place', () => {
  it('gives the focus back to a button disabled while it worked', async () => {
    render(<Exporting />);
    screen.getByRole('button', { name: 'Export CSV' }).focus();
    await userEvent.keyboard('{Enter}');
    // The browser drops the focus of a control it disables (happy-dom keeps it: drop it by hand).
    act(() => {
      const elsewhere = document.body.appendChild(document.createElement('input'));
      elsewhere.focus();
      elsewhere.remove();
    });
    expect(document.activeElement).toBe(document.body);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveFocus());
  });

  it('puts the focus on the Undo of the section whose button went away', async () => {
    render(<Page />);
    screen.getByRole('button', { name: 'Delete note' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
  });

  it('keeps it on the undo bar, on its Dismiss, once its Undo has gone', async () => {
    render(<Undoing />);
    screen.getByRole('button', { name: 'Undo' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveAccessibleDescription(
      'Undone: Note deleted.',
    );
  });

  it('else on the first control of that section', async () => {
    render(<Page />);
    screen.getByRole('button', { name: 'New goal' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Goal' })).toHaveFocus());
  });

  it('leaves the focus where the user put it, and rows a virtualised list scrolled away', async () => {
    const { unmount } = render(<Page />);
    screen.getByRole('button', { name: 'Add note' }).focus();
    // The user clicks on the page itself; then something else on the page changes.
    act(() => (document.activeElement as HTMLElement).blur());
    fireEvent.click(screen.getByRole('button', { name: 'Delete note' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(document.body);
    unmount();

    render(<Page virtual />);
    screen.getByRole('button', { name: 'Delete note' }).focus();
    await userEvent.keyboard('{Enter}');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(document.body);
  });

  it('takes over from a virtualised list that went away with the focus in it', async () => {
    render(<EmptiedList />);
    screen.getByRole('button', { name: 'Done' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
  });
});
