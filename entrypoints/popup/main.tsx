import { createRoot } from 'react-dom/client';
import { firstPaintOf, readStoredSnapshot } from '../../lib/popup/first-paint';
import { SavedList } from './saved-list';
import '../../assets/theme.css';
import './popup.css';

/*
 * Two steps, so the list shows before most of the popup's code has been
 * evaluated (lib/popup/first-paint.ts says why): this small entry paints the
 * list the previous popup saved, while the full popup (start-app.tsx, with
 * the database and schemas) loads; then the full popup takes over the root.
 */
const root = createRoot(document.getElementById('root')!);
const stored = readStoredSnapshot().catch(() => undefined);
const fullPopup = import('./start-app');
let started = false;

void stored.then((value) => {
  const saved = firstPaintOf(value);
  if (saved && saved.total > 0 && !started) root.render(<SavedList saved={saved} />);
});

void Promise.all([fullPopup, stored]).then(([{ startApp }, value]) => {
  started = true;
  startApp(root, value);
});
