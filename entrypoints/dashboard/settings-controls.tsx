/**
 * Wires the settings section to the stored settings: the ladder (with the
 * contacts and goals of removed levels moved in the same transaction, and undo), the
 * default cadences, what counts as an account's value for the 80/20 tiers,
 * quiet hours and the site switches. Everything is read
 * live, so another tab's change shows here at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { UndoBar } from '../../components/common/undo-bar';
import { useFocusRescue } from '../../components/common/use-focus-rescue';
import { CadenceEditor } from '../../components/settings/cadence-editor';
import { LadderEditor } from '../../components/settings/ladder-editor';
import { QuietHoursEditor } from '../../components/settings/quiet-hours-editor';
import { SiteSwitchesSection } from '../../components/settings/site-switches-section';
import { TierValueEditor } from '../../components/settings/tier-value-editor';
import type { RapportDatabase } from '../../lib/db/database';
import { cadenceSetting, paretoSetting } from '../../lib/db/engine-settings';
import { newId } from '../../lib/db/ids';
import {
  countContactsByLevel,
  countGoalsByTargetLevel,
  saveLadder,
  undoLadderChange,
  type LadderChangeUndo,
} from '../../lib/db/ladder-change';
import { getSetting, ladderSetting, setSetting } from '../../lib/db/settings';
import { quietHoursSetting } from '../../lib/reminders/quiet-hours-setting';
import {
  onSiteSwitchesChanged,
  readSiteSwitches,
  writeSiteSwitches,
  type SiteSwitches,
} from '../../lib/sites/site-switches';
import { undoFailedMessage, undoneMessage } from '../../lib/undo-words';

const LADDER_SAVED = 'Ladder saved; badges follow it.';

export interface SettingsControlsProps {
  database: RapportDatabase;
  now: () => number;
}

/** The stored site switches, live, and a setter for showing a change before its write is heard back. */
function useSiteSwitches(): [SiteSwitches | null, (next: SiteSwitches) => void] {
  const [switches, setSwitches] = useState<SiteSwitches | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    onSiteSwitchesChanged(setSwitches, controller.signal);
    void readSiteSwitches().then((read) => {
      if (!controller.signal.aborted) setSwitches(read);
    });
    return () => controller.abort();
  }, []);
  return [switches, setSwitches];
}

export function SettingsControls({ database, now }: SettingsControlsProps) {
  const headingId = useId();
  const ladder = useLiveQuery(() => getSetting(ladderSetting, database), [database]);
  const cadence = useLiveQuery(() => getSetting(cadenceSetting, database), [database]);
  const pareto = useLiveQuery(() => getSetting(paretoSetting, database), [database]);
  const quietHours = useLiveQuery(() => getSetting(quietHoursSetting, database), [database]);
  const levelIds = ladder?.levels.map((level) => level.id).join('\n') ?? '';
  // What is on each level of the stored ladder, so that removing one asks where its contacts and goals go.
  const levelUse = useLiveQuery(async () => {
    if (!ladder) return undefined;
    const ids = ladder.levels.map((level) => level.id);
    const [contacts, goals] = await Promise.all([
      countContactsByLevel(ids, database),
      countGoalsByTargetLevel(ids, database),
    ]);
    return { contacts, goals };
  }, [database, levelIds]);
  const [switches, showSwitches] = useSiteSwitches();
  // The box follows the click at once; a failed write puts back what is stored.
  const switchSites = (next: SiteSwitches) => {
    showSwitches(next);
    void writeSiteSwitches(next).catch(() => readSiteSwitches().then(showSwitches));
  };
  const [ladderUndo, setLadderUndo] = useState<LadderChangeUndo | null>(null);
  // How the ladder's undo went: said in the same bar, once its Undo has gone.
  const [ladderNotice, setLadderNotice] = useState<string | null>(null);
  const offerLadderUndo = (undo: LadderChangeUndo | null) => {
    setLadderUndo(undo);
    setLadderNotice(null);
  };
  // Saving disables Save ladder, and the focus with it: it goes to the save's Undo.
  const section = useRef<HTMLElement>(null);
  useFocusRescue(section, ladderUndo, ['.undo-bar .undo-button']);

  return (
    <section className="settings" aria-labelledby={headingId} ref={section}>
      <h2 id={headingId}>Settings</h2>
      {ladder && levelUse ? (
        <LadderEditor
          ladder={ladder}
          contactCounts={levelUse.contacts}
          goalCounts={levelUse.goals}
          newId={newId}
          onSave={async (next, moves) => offerLadderUndo(await saveLadder(next, moves, now(), database))}
          onEdit={() => offerLadderUndo(null)}
        />
      ) : (
        <p role="status">Loading the ladder…</p>
      )}
      <UndoBar
        message={ladderUndo ? LADDER_SAVED : ladderNotice}
        onUndo={
          ladderUndo
            ? () => {
                setLadderUndo(null);
                // Said at once: a bar left empty while the undo runs would give the keyboard nowhere to stay.
                setLadderNotice('Undoing…');
                undoLadderChange(ladderUndo, now(), database).then(
                  () => setLadderNotice(undoneMessage(LADDER_SAVED)),
                  (error: unknown) => setLadderNotice(undoFailedMessage(error)),
                );
              }
            : undefined
        }
        onDismiss={() => offerLadderUndo(null)}
      />
      {cadence && ladder && (
        <CadenceEditor
          cadence={cadence}
          ladder={ladder}
          onSave={(next) => setSetting(cadenceSetting, next, database)}
        />
      )}
      {pareto && (
        <TierValueEditor
          includePotential={pareto.includePotential}
          // The tier lines are kept as stored; only what counts as value changes.
          onSave={(includePotential) => setSetting(paretoSetting, { ...pareto, includePotential }, database)}
        />
      )}
      {quietHours && (
        <QuietHoursEditor
          quietHours={quietHours}
          onSave={(next) => setSetting(quietHoursSetting, next, database)}
        />
      )}
      {switches && <SiteSwitchesSection switches={switches} onChange={switchSites} />}
    </section>
  );
}
