import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { ConflictDialog } from './ConflictDialog';
import { changedFields, sameValue } from './conflict';

const fields = [
  { key: 'name', label: 'Name' },
  { key: 'region', label: 'Region' },
  { key: 'notes', label: 'Notes' },
  { key: 'type', label: 'Type', format: (v: unknown) => (v === 'court' ? 'Court' : String(v)) },
];

describe('ConflictDialog', () => {
  it('shows their version beside the user changes and offers apply or discard', async () => {
    const onApply = jest.fn();
    const onDiscard = jest.fn();
    renderWithProviders(
      <ConflictDialog
        opened
        onClose={() => {}}
        base={{ name: 'Aktau court', region: null, notes: 'old', type: 'court' }}
        current={{ name: 'Aktau City Court', region: 'Mangystau', notes: 'old', type: 'court' }}
        changes={{ name: 'Aktau city court No. 2', notes: 'new notes' }}
        fields={fields}
        onApply={onApply}
        onDiscard={onDiscard}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Someone else changed this record' });
    const table = within(dialog).getByRole('table', { name: 'Their version beside your changes' });
    const row = (label: RegExp) =>
      within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;

    expect(row(/Name/)).toHaveTextContent('changed by both');
    expect(row(/Name/)).toHaveTextContent('Aktau City Court');
    expect(row(/Name/)).toHaveTextContent('Aktau city court No. 2');
    expect(row(/Region/)).toHaveTextContent('Mangystau');
    expect(row(/Region/)).toHaveTextContent('Not changed by you');
    expect(row(/Notes/)).toHaveTextContent('new notes');
    expect(row(/Notes/)).not.toHaveTextContent('Changed since you opened it');
    // Unchanged on both sides: not listed.
    expect(within(table).queryByRole('rowheader', { name: 'Type' })).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply my changes to their version' }));
    expect(onApply).toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard my changes' }));
    expect(onDiscard).toHaveBeenCalled();
  });

  it('only offers to discard when the record can no longer be seen', () => {
    renderWithProviders(
      <ConflictDialog
        opened
        onClose={() => {}}
        base={{ name: 'A' }}
        current={null}
        changes={{ name: 'B' }}
        fields={fields}
        onApply={() => {}}
        onDiscard={() => {}}
      />,
    );
    expect(screen.getByText(/you can no longer see it/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Apply my changes to their version' }),
    ).not.toBeInTheDocument();
  });
});

describe('changedFields', () => {
  it('finds the changed fields; null, undefined and empty text are the same', () => {
    expect(
      changedFields(
        { name: 'A', region: null, notes: '', names: [{ value: 'x', language: null }] },
        { name: 'A', region: undefined, notes: null, names: [{ value: 'x' }] },
      ),
    ).toEqual({});
    expect(changedFields({ name: 'A', region: null }, { name: 'B', region: 'R' })).toEqual({
      name: 'B',
      region: 'R',
    });
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });
});
