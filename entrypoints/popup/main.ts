import '../../assets/theme.css';
import './popup.css';
import { firstPaintOf, readStoredSnapshot } from '../../lib/popup/first-paint';
import { paintSavedList } from './saved-list';

/*
 * Two steps, so the list shows before most of the popup's code has been
 * evaluated (lib/popup/first-paint.ts says why): this small entry draws the
 * list the previous popup saved (saved-list.ts), lets the browser paint it,
 * and only then loads the full popup (start-app.tsx, with React, the
 * database and the schemas), whose first render replaces what was drawn.
 * Loading it earlier would have its evaluation compete with the first paint.
 */
const container = document.getElementById('root')!;

/** Resolves after the next frame has been painted. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function start(): Promise<void> {
  const stored = await readStoredSnapshot().catch(() => undefined);
  const saved = firstPaintOf(stored);
  if (saved && saved.total > 0) {
    paintSavedList(container, saved);
    await afterPaint();
  }
  const { startApp } = await import('./start-app');
  startApp(container, stored);
}

void start();
