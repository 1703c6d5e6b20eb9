/**
 * The popup's ephemeral UI state, one store per popup root (DESIGN.md):
 * which view shows, which entry's actions are open and in which mode, the
 * entry that holds the keyboard focus, and the undo on offer or the word
 * that it was taken back. Persistent
 * data never lives here; it comes from the database through live queries.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export type PopupView = 'list' | 'picker';
export type ActionMode = 'menu' | 'done' | 'snooze';

export interface UndoOffer {
  message: string;
  undo(): Promise<void>;
  /** The contact whose entry in the list the change was made on: once undone, the keyboard goes back to it. */
  entry?: string;
}

export interface PopupUiState {
  view: PopupView;
  /** The contact whose actions are open, if any. */
  openContactId: string | null;
  actionMode: ActionMode;
  /** Position (among entries) of the entry that takes the keyboard focus in the list. */
  activePosition: number;
  undo: UndoOffer | null;
  /** Said once an undo has taken its change back ("Undone: …"); cleared with the next offer. */
  notice: string | null;
  /** A failed action, said in words; cleared by the next action. */
  error: string | null;
  showView(view: PopupView): void;
  openActions(contactId: string, mode?: ActionMode): void;
  setActionMode(mode: ActionMode): void;
  closeActions(): void;
  setActivePosition(position: number): void;
  offerUndo(offer: UndoOffer | null): void;
  setNotice(notice: string | null): void;
  setError(error: string | null): void;
}

export type PopupUiStore = StoreApi<PopupUiState>;

export function createPopupUiStore(initialView: PopupView = 'list'): PopupUiStore {
  return createStore<PopupUiState>()((set) => ({
    view: initialView,
    openContactId: null,
    actionMode: 'menu',
    activePosition: 0,
    undo: null,
    notice: null,
    error: null,
    showView: (view) => set({ view, openContactId: null, actionMode: 'menu', error: null }),
    openActions: (contactId, mode = 'menu') =>
      set({ openContactId: contactId, actionMode: mode, error: null }),
    setActionMode: (actionMode) => set({ actionMode, error: null }),
    closeActions: () => set({ openContactId: null, actionMode: 'menu' }),
    setActivePosition: (activePosition) => set({ activePosition }),
    offerUndo: (undo) => set({ undo, notice: null, error: null }),
    setNotice: (notice) => set({ notice }),
    setError: (error) => set({ error }),
  }));
}
