/**
 * The level ladder editor: rename, recolour, redefine, reorder, add and
 * remove levels and choose each level's evidence. Nothing is saved until
 * "Save ladder"; the ladder rules are checked as the user types and shown
 * beside the level concerned. Removing a level that has contacts, or that
 * goals aim at, asks where they go, so no contact is ever left on a level
 * that does not exist and no goal's target changes unasked.
 */
import './settings.css';
import { useId, useRef, useState } from 'react';
import type { Ladder, Level } from '../../lib/db/schema';
import type { LevelMoves } from '../../lib/db/ladder-change';
import { newEvidenceRule } from '../../lib/domain/evidence-rule-kinds';
import { validateLadder } from '../../lib/domain/ladder-validation';
import { EvidenceRuleFields } from './evidence-rule-fields';
import { useFocusAfterRender } from '../common/use-focus-after-render';
import { useRememberedState } from '../common/view-memory';
import { useDraft } from './use-draft';

export interface LadderEditorProps {
  /** The saved ladder; the editor starts from it and starts again when it changes while nothing is edited. */
  ladder: Ladder;
  /** How many contacts are on each level id. */
  contactCounts: Record<string, number>;
  /** How many goals aim at each level id. */
  goalCounts: Record<string, number>;
  /** Saves; rejects with an error whose message is shown. */
  onSave(next: Ladder, moves: LevelMoves): Promise<void>;
  /** The user changed the draft (an offer to undo the last save no longer fits what is on screen). */
  onEdit?(): void;
  newId(): string;
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** What a removed level still has, said in its question: "has 2 contacts and is the target of 1 goal". */
function inUseOn(contacts: number, goals: number): string {
  const parts = [
    contacts > 0 && `has ${contacts === 1 ? '1 contact' : `${contacts} contacts`}`,
    goals > 0 && `is the target of ${goals === 1 ? '1 goal' : `${goals} goals`}`,
  ];
  return parts.filter(Boolean).join(' and ');
}

export function LadderEditor({
  ladder,
  contactCounts,
  goalCounts,
  onSave,
  onEdit,
  newId,
}: LadderEditorProps) {
  const headingId = useId();
  const editing = useDraft(ladder, 'settings.ladder');
  const draft = editing.value;
  const dirty = editing.dirty;
  const [moves, setMoves] = useRememberedState<LevelMoves>('settings.ladderMoves', {});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const edit = (levels: Level[]) => {
    editing.change({ levels });
    setError(null);
    onEdit?.();
  };
  // A removed level takes its Remove button, and the focus, with it: the focus goes to where the
  // removed level's contacts and goals must be placed, else to adding a level. Discarding disables
  // its own button: the focus goes to the first level, back as it was.
  const section = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender(section);
  const remove = (index: number) => {
    edit(draft.levels.filter((_, i) => i !== index));
    focusAfterRender(
      (root) =>
        root.querySelector<HTMLElement>('.removed-levels select') ??
        root.querySelector<HTMLElement>('.add-level'),
    );
  };
  const editLevel = (index: number, patch: Partial<Level>) =>
    edit(draft.levels.map((level, i) => (i === index ? { ...level, ...patch } : level)));

  const problems = validateLadder(draft);
  const keptIds = new Set(draft.levels.map((level) => level.id));
  const removedInUse = ladder.levels.filter(
    (level) =>
      !keptIds.has(level.id) && ((contactCounts[level.id] ?? 0) > 0 || (goalCounts[level.id] ?? 0) > 0),
  );
  const unplaced = removedInUse.filter((level) => !keptIds.has(moves[level.id] ?? ''));

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const placed = Object.fromEntries(
        ladder.levels
          .filter((level) => !keptIds.has(level.id))
          .map((level) => [level.id, moves[level.id] ?? draft.levels[0]!.id]),
      );
      await onSave(draft, placed);
      editing.reset();
      setMoves({});
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    focusAfterRender((root) => root.querySelector<HTMLElement>('.ladder-level input'));
    editing.reset();
    setMoves({});
    setError(null);
  };

  return (
    <section className="settings-block" aria-labelledby={headingId} ref={section}>
      <h3 id={headingId}>Relationship ladder</h3>
      <p className="hint">
        Lowest level first. Each level above the first needs evidence you can observe; Rapport suggests the
        highest level whose evidence holds.
      </p>
      <ol className="ladder-levels">
        {draft.levels.map((level, index) => {
          const levelProblems = problems.filter((problem) => problem.levelIndex === index);
          const count = contactCounts[level.id] ?? 0;
          const title = level.name.trim() || `Level ${index + 1}`;
          return (
            <li key={level.id} className="ladder-level">
              <fieldset aria-describedby={levelProblems.length > 0 ? `${level.id}-problems` : undefined}>
                <legend>
                  <span className="level-chip" style={{ background: level.color }}>
                    {title}
                  </span>{' '}
                  <span className="hint">{count === 1 ? '1 contact' : `${count} contacts`}</span>
                </legend>
                <div className="level-fields">
                  <label>
                    Name
                    <input
                      type="text"
                      value={level.name}
                      onChange={(event) => editLevel(index, { name: event.currentTarget.value })}
                    />
                  </label>
                  <label>
                    Colour
                    <input
                      type="color"
                      value={level.color}
                      onChange={(event) => editLevel(index, { color: event.currentTarget.value })}
                    />
                  </label>
                  <label className="wide">
                    Definition
                    <textarea
                      rows={2}
                      value={level.definition}
                      onChange={(event) => editLevel(index, { definition: event.currentTarget.value })}
                    />
                  </label>
                </div>
                <p className="evidence-heading">Evidence</p>
                {level.evidence.length === 0 && (
                  <p className="hint">
                    {index === 0 ? 'None needed: every contact starts here.' : 'None yet: add at least one.'}
                  </p>
                )}
                <ul className="evidence-rules">
                  {level.evidence.map((rule, ruleIndex) => (
                    <EvidenceRuleFields
                      key={ruleIndex}
                      rule={rule}
                      label={`Evidence ${ruleIndex + 1} of ${title}`}
                      newId={newId}
                      onChange={(changed) =>
                        editLevel(index, {
                          evidence: level.evidence.map((r, i) => (i === ruleIndex ? changed : r)),
                        })
                      }
                      onRemove={() =>
                        editLevel(index, { evidence: level.evidence.filter((_, i) => i !== ruleIndex) })
                      }
                    />
                  ))}
                </ul>
                <div className="row">
                  <button
                    type="button"
                    onClick={() =>
                      editLevel(index, { evidence: [...level.evidence, newEvidenceRule('min-deals', newId)] })
                    }
                  >
                    Add evidence to {title}
                  </button>
                  <button
                    type="button"
                    disabled={index === 0}
                    onClick={() => edit(move(draft.levels, index, index - 1))}
                  >
                    Move {title} down the ladder
                  </button>
                  <button
                    type="button"
                    disabled={index === draft.levels.length - 1}
                    onClick={() => edit(move(draft.levels, index, index + 1))}
                  >
                    Move {title} up the ladder
                  </button>
                  <button type="button" disabled={draft.levels.length <= 2} onClick={() => remove(index)}>
                    Remove {title}
                  </button>
                </div>
                {levelProblems.length > 0 && (
                  <ul id={`${level.id}-problems`} className="problems">
                    {levelProblems.map((problem) => (
                      <li key={problem.message}>{problem.message}</li>
                    ))}
                  </ul>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="add-level"
        onClick={() =>
          edit([
            ...draft.levels,
            {
              id: newId(),
              name: `Level ${draft.levels.length + 1}`,
              color: '#3d5a80',
              definition: '',
              evidence: [newEvidenceRule('manual', newId)],
            },
          ])
        }
      >
        Add a level at the top
      </button>
      {removedInUse.length > 0 && (
        <div className="removed-levels">
          <h4>Removed levels in use</h4>
          {removedInUse.map((level) => (
            <label key={level.id}>
              “{level.name}”, which you removed,{' '}
              {inUseOn(contactCounts[level.id] ?? 0, goalCounts[level.id] ?? 0)}. Move them to
              <select
                value={moves[level.id] ?? ''}
                onChange={(event) => setMoves({ ...moves, [level.id]: event.currentTarget.value })}
              >
                <option value="" disabled>
                  choose a level
                </option>
                {draft.levels.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {problems.some((problem) => problem.levelIndex === null) && (
        <ul className="problems">
          {problems
            .filter((problem) => problem.levelIndex === null)
            .map((problem) => (
              <li key={problem.message}>{problem.message}</li>
            ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          Not saved: {error}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!dirty || saving || problems.length > 0 || unplaced.length > 0}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : 'Save ladder'}
        </button>
        <button type="button" disabled={!dirty || saving} onClick={discard}>
          Discard changes
        </button>
        {dirty && (problems.length > 0 || unplaced.length > 0) && (
          <span className="hint" role="status">
            {unplaced.length > 0
              ? 'Say where the contacts and goals of each removed level go before saving.'
              : 'Fix the problems shown before saving.'}
          </span>
        )}
      </div>
    </section>
  );
}
