import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LadderEditor, type LadderEditorProps } from '../../../components/settings/ladder-editor';
import type { Ladder } from '../../../lib/db/schema';
import { defaultLadder } from '../../../lib/domain/default-ladder';

afterEach(cleanup);

function renderEditor(overrides: Partial<LadderEditorProps> = {}) {
  let n = 0;
  const props: LadderEditorProps = {
    ladder: defaultLadder,
    contactCounts: { prospect: 10, customer: 4, client: 3, supporter: 2, advocate: 0 },
    goalCounts: { prospect: 0, customer: 0, client: 1, supporter: 0, advocate: 0 },
    onSave: vi.fn<LadderEditorProps['onSave']>(async () => {}),
    newId: () => `new-${++n}`,
    ...overrides,
  };
  render(<LadderEditor {...props} />);
  return props;
}

const level = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });
const savedLadder = (props: LadderEditorProps): Ladder => vi.mocked(props.onSave).mock.calls.at(-1)![0];

describe('the ladder editor', () => {
  it('renames and redefines a level, saving only when asked', async () => {
    const props = renderEditor();
    const client = level('Client');
    const name = within(client).getByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Key client');
    expect(props.onSave).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    expect(savedLadder(props).levels[2]).toMatchObject({ id: 'client', name: 'Key client' });
    expect(vi.mocked(props.onSave).mock.calls[0]![1]).toEqual({});
  });

  it('shows a colour too light to read beside its level and will not save it', async () => {
    const props = renderEditor();
    fireEvent.change(within(level('Customer')).getByLabelText('Colour'), { target: { value: '#f5f5f5' } });
    expect(within(level('Customer')).getByText(/too light to read text on/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save ladder' })).toBeDisabled();
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('reorders levels and edits their evidence', async () => {
    const props = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Move Supporter up the ladder' }));
    const supporter = level('Supporter');
    await userEvent.click(within(supporter).getByRole('button', { name: 'Remove evidence 1 of supporter' }));
    const percent = within(supporter).getByLabelText('Per cent');
    await userEvent.clear(percent);
    await userEvent.type(percent, '80');
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    const saved = savedLadder(props);
    expect(saved.levels.map((l) => l.id)).toEqual([
      'prospect',
      'customer',
      'client',
      'advocate',
      'supporter',
    ]);
    expect(saved.levels[4]!.evidence).toEqual([
      { kind: 'reference-given' },
      { kind: 'decision-makers-related' },
      { kind: 'influencer-coverage', percent: 80 },
    ]);
  });

  it('asks where the contacts of a removed level go before it can save', async () => {
    const props = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Supporter' }));
    const save = screen.getByRole('button', { name: 'Save ladder' });
    expect(save).toBeDisabled();
    expect(screen.getByText(/Say where the contacts and goals of each removed level go/)).toBeVisible();
    await userEvent.selectOptions(
      screen.getByLabelText(/“Supporter”, which you removed, has 2 contacts\./),
      'Client',
    );
    await userEvent.click(save);
    expect(savedLadder(props).levels).toHaveLength(4);
    expect(vi.mocked(props.onSave).mock.calls[0]![1]).toEqual({ supporter: 'client' });
  });

  it('asks where the goals aiming at a removed level go, though no contact is on it', async () => {
    const props = renderEditor({
      goalCounts: { prospect: 0, customer: 0, client: 0, supporter: 0, advocate: 2 },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Remove Advocate' }));
    const save = screen.getByRole('button', { name: 'Save ladder' });
    expect(save).toBeDisabled();
    const where = screen.getByLabelText(/“Advocate”, which you removed, is the target of 2 goals\./);
    expect(where).toHaveFocus();
    await userEvent.selectOptions(where, 'Supporter');
    await userEvent.click(save);
    expect(vi.mocked(props.onSave).mock.calls[0]![1]).toEqual({ advocate: 'supporter' });
  });

  it('names both the contacts and the goals a removed level has', async () => {
    renderEditor({ goalCounts: { prospect: 0, customer: 0, client: 1, supporter: 0, advocate: 0 } });
    await userEvent.click(screen.getByRole('button', { name: 'Remove Client' }));
    expect(
      screen.getByLabelText(/“Client”, which you removed, has 3 contacts and is the target of 1 goal\./),
    ).toBeInTheDocument();
  });

  it('adds a level at the top that needs evidence of its own', async () => {
    const props = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Add a level at the top' }));
    const added = level('Level 6');
    const criterion = within(added).getByLabelText('Criterion');
    await userEvent.clear(criterion);
    await userEvent.paste('Speaks at our conference');
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    expect(savedLadder(props).levels[5]).toMatchObject({
      name: 'Level 6',
      evidence: [{ kind: 'manual', label: 'Speaks at our conference' }],
    });
  });

  it('says in words what is wrong with a field: an emptied name or number of deals', async () => {
    const props = renderEditor();
    await userEvent.clear(within(level('Client')).getByLabelText('Name'));
    const client = screen.getByRole('group', { name: /^Level 3/ });
    expect(within(client).getByText('a level needs a name')).toBeVisible();
    const deals = within(level('Customer')).getByLabelText('Deals');
    await userEvent.clear(deals);
    expect(deals).toHaveValue(null);
    expect(
      within(level('Customer')).getByText('the number of deals is a whole number from 1 to 100'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save ladder' })).toBeDisabled();
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('puts the focus where a removed level’s contacts must go, or else on adding a level', async () => {
    renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Supporter' }));
    expect(screen.getByLabelText(/“Supporter”, which you removed, has 2 contacts/)).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    // Discard disables itself: the keyboard goes on at the first level, not the page's top.
    expect(within(level('Prospect')).getByLabelText('Name')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Advocate' }));
    expect(screen.getByRole('button', { name: 'Add a level at the top' })).toHaveFocus();
  });

  it('never removes below two levels', async () => {
    renderEditor({
      ladder: { levels: defaultLadder.levels.slice(0, 2) },
      contactCounts: {},
      goalCounts: {},
    });
    expect(screen.getByRole('button', { name: 'Remove Prospect' })).toBeDisabled();
  });

  it('keeps the edits and says why when saving fails', async () => {
    renderEditor({ onSave: async () => Promise.reject(new Error('the database is closed')) });
    const name = within(level('Client')).getByLabelText('Name');
    await userEvent.type(name, '!');
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: the database is closed');
    expect(name).toHaveValue('Client!');
  });
});
