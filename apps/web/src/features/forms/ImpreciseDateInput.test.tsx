import { type ImpreciseDate, OptionalDateSchema } from '@habeas/shared';
import { Button } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { z } from 'zod';
import { changeLanguage } from '../../i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { ImpreciseDateField, ImpreciseDateInput } from './ImpreciseDateInput';
import { useZodForm } from './use-zod-form';

function Controlled({ onChange }: { onChange: (value: ImpreciseDate | null) => void }) {
  const [value, setValue] = useState<ImpreciseDate | null>(null);
  return (
    <ImpreciseDateInput
      label="Date of arrest"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

afterEach(async () => {
  await changeLanguage('en');
  localStorage.clear();
});

describe('ImpreciseDateInput', () => {
  it('parses 12.2011 as December 2011 with month precision, and says how it understood it', async () => {
    const onChange = jest.fn();
    renderWithProviders(<Controlled onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Date of arrest' });
    expect(input).toHaveAccessibleDescription(/A day, a month or a year/);

    await userEvent.type(input, '12.2011');
    expect(onChange).toHaveBeenLastCalledWith({ value: '2011-12-01', precision: 'month' });
    expect(input).toHaveAccessibleDescription('Understood as: December 2011 (month)');
    // The text stays as typed.
    expect(input).toHaveValue('12.2011');
  });

  it.each([
    ['16.12.2011', { value: '2011-12-16', precision: 'day' }, 'Understood as: 16 December 2011 (day)'],
    ['2011', { value: '2011-01-01', precision: 'year' }, 'Understood as: 2011 (year)'],
    ['December 2011', { value: '2011-12-01', precision: 'month' }, 'Understood as: December 2011 (month)'],
    ['декабрь 2011', { value: '2011-12-01', precision: 'month' }, 'Understood as: December 2011 (month)'],
  ])('reads %s', async (typed, expected, description) => {
    const onChange = jest.fn();
    renderWithProviders(<Controlled onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Date of arrest' });
    await userEvent.type(input, typed);
    expect(onChange).toHaveBeenLastCalledWith(expected);
    expect(input).toHaveAccessibleDescription(description);
  });

  it('says so when the text is not a date, and gives the form no date', async () => {
    const onChange = jest.fn();
    renderWithProviders(<Controlled onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Date of arrest' });
    await userEvent.type(input, '30.02.2011');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/This is not a date we can read/)).toBeInTheDocument();
  });

  it('explains in the interface language', async () => {
    await changeLanguage('ru');
    renderWithProviders(<Controlled onChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'Date of arrest' });
    await userEvent.type(input, '12.2011');
    expect(input).toHaveAccessibleDescription('Понято как: декабрь 2011 (с точностью до месяца)');
  });

  it('shows a value set from outside in the interface language', () => {
    renderWithProviders(
      <ImpreciseDateInput
        label="Born"
        value={{ value: '1985-03-01', precision: 'month' }}
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Born' })).toHaveValue('March 1985');
  });
});

const EventSchema = z.strictObject({ date: OptionalDateSchema });

function DateForm({ onSubmit }: { onSubmit: (values: z.output<typeof EventSchema>) => void }) {
  const form = useZodForm(EventSchema, { defaultValues: { date: null } });
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <ImpreciseDateField control={form.control} name="date" label="Date of the event" />
      <Button type="submit">Save</Button>
    </form>
  );
}

describe('ImpreciseDateField', () => {
  it('gives the form { value, precision }', async () => {
    const onSubmit = jest.fn();
    renderWithProviders(<DateForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Date of the event' }), '12.2011');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(
      { date: { value: '2011-12-01', precision: 'month' } },
      expect.anything(),
    );
  });

  it('does not let an unreadable date be saved as "no date"', async () => {
    const onSubmit = jest.fn();
    renderWithProviders(<DateForm onSubmit={onSubmit} />);
    const input = screen.getByRole('textbox', { name: 'Date of the event' });
    await userEvent.type(input, 'sometime in winter');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input).toHaveValue('sometime in winter');
    expect(screen.getByText(/This is not a date we can read/)).toBeInTheDocument();
  });
});
