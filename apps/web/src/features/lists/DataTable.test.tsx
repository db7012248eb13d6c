import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { renderWithProviders } from '../../test/render';
import { columnsStorageKey, type DataColumn } from './columns';
import { DataTable, type DataTableProps } from './DataTable';

interface Row {
  id: string;
  name: string;
  city: string;
  notes: string;
}

const columns: DataColumn<Row>[] = [
  { id: 'name', header: 'Name', sortKey: 'name', hideable: false, rowHeader: true, cell: (r) => r.name },
  { id: 'city', header: 'City', sortKey: 'city', cell: (r) => r.city },
  { id: 'notes', header: 'Notes', defaultHidden: true, cell: (r) => r.notes },
];

const rows: Row[] = [
  { id: '1', name: 'Жанаозен city court', city: 'Zhanaozen', notes: 'n1' },
  { id: '2', name: 'Aktau prison', city: 'Aktau', notes: 'n2' },
];

function Harness(props: Partial<DataTableProps<Row>>) {
  const [sort, setSort] = useState({ key: 'name', order: 'asc' as 'asc' | 'desc' });
  return (
    <DataTable<Row>
      id="test-table"
      caption="Places"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      total={120}
      page={2}
      pageSize={25}
      onPageChange={() => {}}
      sort={sort.key}
      order={sort.order}
      onSortChange={(key) =>
        setSort((s) => ({ key, order: s.key === key && s.order === 'asc' ? 'desc' : 'asc' }))
      }
      {...props}
    />
  );
}

afterEach(() => localStorage.clear());

describe('DataTable', () => {
  it('marks the sorted column with aria-sort and sorts by header buttons', async () => {
    renderWithProviders(<Harness />);
    const table = screen.getByRole('table', { name: 'Places' });
    const nameHeader = within(table).getByRole('columnheader', { name: 'Name' });
    const cityHeader = within(table).getByRole('columnheader', { name: 'City' });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(cityHeader).not.toHaveAttribute('aria-sort');

    await userEvent.click(within(nameHeader).getByRole('button', { name: 'Name' }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(within(cityHeader).getByRole('button', { name: 'City' }));
    expect(cityHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    // Row headers name each row for screen readers.
    expect(within(table).getByRole('rowheader', { name: 'Aktau prison' })).toBeInTheDocument();
  });

  it('pages with labelled controls and says which rows are shown', async () => {
    const onPageChange = jest.fn();
    const onPageSizeChange = jest.fn();
    renderWithProviders(<Harness onPageChange={onPageChange} onPageSizeChange={onPageSizeChange} />);
    expect(screen.getByText('26–50 of 120')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenCalledWith(3);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(onPageSizeChange).toHaveBeenCalledWith(50);
  });

  it('lets the user choose columns and remembers the choice on this device', async () => {
    const view = renderWithProviders(<Harness />);
    expect(screen.queryByRole('columnheader', { name: 'Notes' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const group = await screen.findByRole('group', { name: 'Columns to show' });
    expect(within(group).queryByRole('checkbox', { name: 'Name' })).not.toBeInTheDocument();
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Notes' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'City' }));

    expect(screen.getByRole('columnheader', { name: 'Notes' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'City' })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(columnsStorageKey('test-table')) ?? '{}')).toEqual({
      notes: true,
      city: false,
    });

    view.unmount();
    renderWithProviders(<Harness />);
    expect(screen.getByRole('columnheader', { name: 'Notes' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'City' })).not.toBeInTheDocument();
  });

  it('shows skeleton rows while loading, then the empty state', () => {
    const view = renderWithProviders(<Harness rows={undefined} loading />);
    expect(screen.getByRole('table', { name: 'Places' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    view.unmount();

    renderWithProviders(<Harness rows={[]} total={0} empty={<p>No places match</p>} />);
    expect(screen.getByText('No places match')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the error with a Retry button', async () => {
    const onRetry = jest.fn();
    renderWithProviders(
      <Harness
        rows={undefined}
        error={new ApiError({ statusCode: 403, code: 'FORBIDDEN', message: 'You may not see this list' })}
        errorTitle="Could not load the places"
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load the places');
    expect(alert).toHaveTextContent('You may not see this list');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalled();
  });
});
