import { describe, expect, it } from 'vitest';
import { evidenceRuleSchema } from '../../lib/db/schema';
import { evidenceKindLabel, evidenceKinds, newEvidenceRule } from '../../lib/domain/evidence-rule-kinds';

describe('evidence building blocks for the ladder editor', () => {
  it('offer every kind of rule the schema knows, once each', () => {
    const schemaKinds = evidenceRuleSchema.options.map((option) => option.shape.kind.value);
    expect(evidenceKinds.map((entry) => entry.kind).sort()).toEqual([...schemaKinds].sort());
  });

  it.each(evidenceKinds.map((entry) => entry.kind))('start a new %s rule as a valid rule', (kind) => {
    const rule = newEvidenceRule(kind, () => 'criterion-1');
    expect(evidenceRuleSchema.parse(rule)).toEqual(rule);
    expect(evidenceKindLabel(kind)).not.toBe('');
  });

  it('give each custom criterion a fresh id', () => {
    let n = 0;
    const make = () => newEvidenceRule('manual', () => `c${++n}`);
    expect(make()).not.toEqual(make());
  });
});
