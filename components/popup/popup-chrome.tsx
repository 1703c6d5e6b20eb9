/**
 * The popup's frame: its title, the way to the dashboard and the two views
 * (the "Needs attention" list and "Shared this with…"). Shared by the full
 * popup and its first paint, so the one turns into the other without a jump.
 */
import { useRef, type ReactNode } from 'react';
import { useFocusKeeper } from '../common/use-focus-keeper';
import type { PopupView } from '../../lib/popup/ui-store';

export interface PopupChromeProps {
  listHeading: string;
  view: PopupView;
  onShowView(view: PopupView): void;
  onOpenDashboard(): void;
  children: ReactNode;
}

export function PopupChrome({ listHeading, view, onShowView, onOpenDashboard, children }: PopupChromeProps) {
  // Logging a share disables its button, and Undo goes with its bar: the keyboard keeps its place.
  const popup = useRef<HTMLElement>(null);
  useFocusKeeper(popup);
  return (
    <main className="popup" ref={popup}>
      <header className="popup-header">
        <h1>Rapport</h1>
        <button type="button" className="quiet" onClick={onOpenDashboard}>
          Dashboard
        </button>
      </header>
      <nav className="popup-views" aria-label="Views">
        <button type="button" aria-pressed={view === 'list'} onClick={() => onShowView('list')}>
          {listHeading}
        </button>
        <button type="button" aria-pressed={view === 'picker'} onClick={() => onShowView('picker')}>
          Shared this with…
        </button>
      </nav>
      {children}
    </main>
  );
}
