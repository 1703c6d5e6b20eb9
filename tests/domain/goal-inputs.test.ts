import { describe, expect, it } from 'vitest';
import { dateInputValue } from '../../lib/domain/follow-up-inputs';
import { checkGoalInput, errorsWithoutLine, type GoalFormInput } from '../../lib/domain/goal-inputs';
import { day, NOW } from './builders';

const valid: GoalFormInput = {
  owner: 'contact',
  title: ' Make them a reference ',
  targetLevelId: 'supporter',
  targetRevenue: '',
  deadline: dateInputValue(day(60)),
  evidence: ['Acted as a phone reference'],
  steps: [{ text: 'Ask at the QBR', date: dateInputValue(day(10)) }],
};

describe('checking a new goal', () => {
  it('turns valid input into a draft, trimmed, with dates at nine in the morning', () => {
    const checked = checkGoalInput(valid, NOW);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.draft).toMatchObject({
      title: 'Make them a reference',
      targetLevelId: 'supporter',
      targetRevenue: null,
      evidence: ['Acted as a phone reference'],
    });
    expect(dateInputValue(checked.draft.steps[0]!.dueAt)).toBe(dateInputValue(day(10)));
    expect(new Date(checked.draft.deadline).getHours()).toBe(9);
  });

  it('keys each problem by its field', () => {
    const checked = checkGoalInput(
      {
        ...valid,
        title: '  ',
        targetRevenue: 'lots',
        deadline: '',
        evidence: ['ok', ' '],
        steps: [{ text: '', date: dateInputValue(day(-3)) }],
      },
      NOW,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual([
      'deadline',
      'evidence.1',
      'steps.0.date',
      'steps.0.text',
      'targetRevenue',
      'title',
    ]);
    expect(checked.errors.title).toMatch(/title/);
    expect(checked.errors['steps.0.date']).toBe('Choose today or a later day.');
  });

  it('asks for at least one piece of evidence and refuses a negative revenue', () => {
    const checked = checkGoalInput({ ...valid, evidence: [], targetRevenue: '-5' }, NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.evidence).toMatch(/at least one/);
    expect(checked.errors.targetRevenue).toBe('The amount cannot be negative.');
  });

  it('refuses a revenue it would misread, and says the deadline is missing in the goal’s own words', () => {
    const checked = checkGoalInput({ ...valid, targetRevenue: '250.000,00', deadline: '' }, NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.targetRevenue).toBe('Type the amount in digits, like 12000 or 12,000.50.');
    expect(checked.errors.deadline).toBe('Choose the day the goal is due.');
  });

  it('reads a revenue typed with separators', () => {
    const checked = checkGoalInput({ ...valid, targetRevenue: '250,000' }, NOW);
    expect(checked.ok && checked.draft.targetRevenue).toBe(250_000);
  });

  it('asks for an empty title, and states the length rule only for a title too long', () => {
    const empty = checkGoalInput({ ...valid, title: '  ' }, NOW);
    expect(!empty.ok && empty.errors.title).toBe('Give the goal a title.');
    const long = checkGoalInput({ ...valid, title: 'x'.repeat(401) }, NOW);
    expect(!long.ok && long.errors.title).toBe('Write it in at most 400 characters.');
  });

  it('says the same of an empty or too long step or evidence line', () => {
    const checked = checkGoalInput(
      {
        ...valid,
        evidence: ['', 'x'.repeat(401)],
        steps: [{ text: ' ', date: dateInputValue(day(10)) }],
      },
      NOW,
    );
    expect(!checked.ok && checked.errors).toMatchObject({
      'evidence.0': 'Say what you will see, or remove the line.',
      'evidence.1': 'Write it in at most 400 characters.',
      'steps.0.text': 'Say what the step is, or remove it.',
    });
  });
});

describe('the problems left once a line is removed', () => {
  it("drops the line's own and moves those of the lines after it up with them", () => {
    const errors = {
      title: 'Give the goal a title.',
      'evidence.1': 'Say what you will see, or remove the line.',
      'steps.0.text': 'Say what the step is, or remove it.',
      'steps.1.date': 'Choose today or a later day.',
      'steps.2.text': 'Write it in at most 400 characters.',
    };
    expect(errorsWithoutLine(errors, 'steps', 1)).toEqual({
      title: 'Give the goal a title.',
      'evidence.1': 'Say what you will see, or remove the line.',
      'steps.0.text': 'Say what the step is, or remove it.',
      'steps.1.text': 'Write it in at most 400 characters.',
    });
    expect(errorsWithoutLine(errors, 'evidence', 0)).toMatchObject({
      'evidence.0': 'Say what you will see, or remove the line.',
      'steps.1.date': 'Choose today or a later day.',
    });
  });
});
