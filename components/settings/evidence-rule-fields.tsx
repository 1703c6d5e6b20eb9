/** One evidence rule of a level in the ladder editor: its kind, its number or text, and a remove button. */
import { useId } from 'react';
import type { EvidenceRule } from '../../lib/db/schema';
import { evidenceKinds, newEvidenceRule, type EvidenceKind } from '../../lib/domain/evidence-rule-kinds';
import { numberFieldValue } from './number-field-value';

export interface EvidenceRuleFieldsProps {
  rule: EvidenceRule;
  /** "Evidence 2 of Client", for labels that make sense out of context. */
  label: string;
  newId(): string;
  onChange(rule: EvidenceRule): void;
  onRemove(): void;
}

export function EvidenceRuleFields({ rule, label, newId, onChange, onRemove }: EvidenceRuleFieldsProps) {
  const kindId = useId();
  const valueId = useId();
  return (
    <li className="evidence-rule">
      <label htmlFor={kindId} className="visually-hidden">
        {label}
      </label>
      <select
        id={kindId}
        value={rule.kind}
        onChange={(event) => onChange(newEvidenceRule(event.currentTarget.value as EvidenceKind, newId))}
      >
        {evidenceKinds.map((entry) => (
          <option key={entry.kind} value={entry.kind}>
            {entry.label}
          </option>
        ))}
      </select>
      {rule.kind === 'min-deals' && (
        <>
          <label htmlFor={valueId}>Deals</label>
          <input
            id={valueId}
            type="number"
            min={1}
            max={100}
            value={numberFieldValue(rule.count)}
            onChange={(event) => onChange({ ...rule, count: event.currentTarget.valueAsNumber })}
          />
        </>
      )}
      {rule.kind === 'influencer-coverage' && (
        <>
          <label htmlFor={valueId}>Per cent</label>
          <input
            id={valueId}
            type="number"
            min={1}
            max={100}
            value={numberFieldValue(rule.percent)}
            onChange={(event) => onChange({ ...rule, percent: event.currentTarget.valueAsNumber })}
          />
        </>
      )}
      {rule.kind === 'manual' && (
        <>
          <label htmlFor={valueId}>Criterion</label>
          <input
            id={valueId}
            type="text"
            value={rule.label}
            onChange={(event) => onChange({ ...rule, label: event.currentTarget.value })}
          />
        </>
      )}
      <button type="button" onClick={onRemove} aria-label={`Remove ${label.toLowerCase()}`}>
        Remove
      </button>
    </li>
  );
}
