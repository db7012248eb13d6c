import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../test/render';
import { type EntityOption, EntityPicker } from './EntityPicker';

const COURTS: EntityOption[] = [
  { id: 'c1', label: 'Жанаозенский городской суд', description: 'Court · Zhanaozen' },
  { id: 'c2', label: 'Aktau city court', description: 'Court · Aktau' },
  { id: 'c3', label: 'Mangystau regional court', description: 'Court · Aktau' },
];

function Harness({ search, exclude }: { search: jest.Mock; exclude?: string[] }) {
  const [value, setValue] = useState<EntityOption | null>(null);
  return (
    <>
      <EntityPicker
        label="Court"
        value={value}
        onChange={setValue}
        search={search}
        queryKey={['test', 'courts']}
        exclude={exclude}
        debounce={10}
      />
      <output aria-label="chosen">{value?.id ?? 'none'}</output>
    </>
  );
}

describe('EntityPicker', () => {
  it('searches as the user types and picks with the keyboard', async () => {
    const search = jest.fn(async (q: string) =>
      COURTS.filter((c) => c.label.toLowerCase().includes(q.toLowerCase())),
    );
    renderWithProviders(<Harness search={search} />);
    const input = screen.getByRole('combobox', { name: 'Court' });

    await userEvent.click(input);
    const listbox = await screen.findByRole('listbox', { name: 'Court' });
    expect(await within(listbox).findAllByRole('option')).toHaveLength(3);
    expect(search).toHaveBeenCalledWith('', expect.anything());

    await userEvent.type(input, 'aktau');
    await waitFor(() => expect(search).toHaveBeenLastCalledWith('aktau', expect.anything()));
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(1));
    expect(within(listbox).getByRole('option', { name: /Aktau city court/ })).toHaveTextContent(
      'Court · Aktau',
    );

    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent('c2');
    expect(input).toHaveValue('Aktau city court');

    await userEvent.click(screen.getByRole('button', { name: 'Clear Aktau city court' }));
    expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent('none');
  });

  it('never offers excluded records and says when nothing matches', async () => {
    const search = jest.fn(async () => COURTS);
    renderWithProviders(<Harness search={search} exclude={['c1', 'c2', 'c3']} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Court' }), 'x');
    expect(await screen.findByText('Nothing found')).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });
});
