import { db, type RapportDatabase } from '../../lib/db/database';
import { BackupControls } from './backup-controls';
import { ImportControls } from './import-controls';
import { SettingsControls } from './settings-controls';

export interface AppProps {
  database?: RapportDatabase;
  now?: () => number;
}

export function App({ database = db, now = Date.now }: AppProps) {
  return (
    <main className="dashboard">
      <h1>Rapport</h1>
      <ImportControls database={database} now={now} />
      <BackupControls database={database} now={now} />
      <SettingsControls database={database} now={now} />
    </main>
  );
}
