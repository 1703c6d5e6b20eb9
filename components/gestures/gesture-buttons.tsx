/**
 * The typed gesture buttons, grouped Give / Ask / They shared. One click
 * logs; an ask logs as waiting for an answer, or straight away with the
 * answer when it is already known (the Yes / No buttons beside it).
 */
import { useEffect, useId, useRef, type RefObject } from 'react';
import type { GestureType } from '../../lib/db/schema';
import {
  askOutcomeLabels,
  gestureGroups,
  gestureLabel,
  type AskOutcome,
  type GestureGroup,
} from '../../lib/domain/gesture-labels';
import './gestures.css';

export interface GestureButtonsProps {
  onLog(type: GestureType, outcome?: AskOutcome): void;
  /** Puts keyboard focus on the first button when shown (the badge's "Log a gesture"). */
  autoFocus?: boolean;
  disabled?: boolean;
}

export function GestureButtons({ onLog, autoFocus = false, disabled = false }: GestureButtonsProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);
  return (
    <div className="gesture-buttons">
      {gestureGroups.map((group, index) => (
        <Group
          key={group.kind}
          group={group}
          onLog={onLog}
          disabled={disabled}
          firstRef={index === 0 ? first : undefined}
        />
      ))}
    </div>
  );
}

function Group({
  group,
  onLog,
  disabled,
  firstRef,
}: {
  group: GestureGroup;
  onLog: GestureButtonsProps['onLog'];
  disabled: boolean;
  firstRef: RefObject<HTMLButtonElement | null> | undefined;
}) {
  const headingId = useId();
  const hintId = useId();
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      aria-describedby={hintId}
      className={`gesture-group gesture-group-${group.kind}`}
    >
      <h3 id={headingId}>{group.heading}</h3>
      <p id={hintId} className="gesture-hint">
        {group.hint}
      </p>
      <ul>
        {group.types.map((type, index) => (
          <li key={type} className="gesture-item">
            <button
              type="button"
              className="gesture-button"
              ref={index === 0 ? firstRef : undefined}
              disabled={disabled}
              onClick={() => onLog(type, group.kind === 'ask' ? 'pending' : undefined)}
            >
              {gestureLabel(type)}
            </button>
            {group.kind === 'ask' && <OutcomeButtons type={type} onLog={onLog} disabled={disabled} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function OutcomeButtons({
  type,
  onLog,
  disabled,
}: {
  type: GestureType;
  onLog: GestureButtonsProps['onLog'];
  disabled: boolean;
}) {
  const answers: Array<{ outcome: AskOutcome; text: string }> = [
    { outcome: 'yes', text: 'Yes' },
    { outcome: 'no', text: 'No' },
  ];
  return (
    <span className="gesture-outcomes">
      {answers.map(({ outcome, text }) => (
        <button
          key={outcome}
          type="button"
          className="gesture-outcome"
          disabled={disabled}
          aria-label={`${gestureLabel(type)}: ${askOutcomeLabels[outcome]}`}
          onClick={() => onLog(type, outcome)}
        >
          {text}
        </button>
      ))}
    </span>
  );
}
