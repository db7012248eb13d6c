import { Button, TextInput } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { renderWithProviders } from '../../test/render';
import { FormErrorAlert } from './FormErrorAlert';
import { issuePathToField, serverIssues } from './server-errors';
import { useServerErrors } from './use-server-errors';
import { useZodForm } from './use-zod-form';

function validationError(issues: { path: string; message: string }[]) {
  return new ApiError({
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: `Invalid ${issues.map((i) => i.path).join(', ')}`,
    details: { issues },
  });
}

const Schema = z.strictObject({ name: z.string().min(1), country: z.string().nullable() });

function Form({ error }: { error: unknown }) {
  const form = useZodForm(Schema, { defaultValues: { name: 'Ak Orda', country: null } });
  const { formError, handleError } = useServerErrors(form);
  return (
    <form onSubmit={form.handleSubmit(() => handleError(error))} noValidate>
      <FormErrorAlert error={formError} />
      <TextInput label="Name" error={form.formState.errors.name?.message} {...form.register('name')} />
      <TextInput
        label="Country"
        error={form.formState.errors.country?.message}
        {...form.register('country')}
      />
      <Button type="submit">Save</Button>
    </form>
  );
}

describe('server errors', () => {
  it('reads the issues of a 400 and of a REFERENCE_INVALID', () => {
    expect(serverIssues(validationError([{ path: 'body.name', message: 'too long' }]))).toEqual([
      { path: 'body.name', message: 'too long' },
    ]);
    const reference = new ApiError({
      statusCode: 400,
      code: 'REFERENCE_INVALID',
      message: 'The parent organisation does not exist',
      details: { field: 'body.parentId' },
    });
    expect(serverIssues(reference)).toEqual([
      { path: 'body.parentId', message: 'The parent organisation does not exist' },
    ]);
    expect(serverIssues(new ApiError({ statusCode: 409, code: 'VERSION_CONFLICT', message: 'x' }))).toEqual(
      [],
    );
    expect(issuePathToField('body.names.0.value')).toBe('names.0.value');
    expect(issuePathToField('query.page')).toBeNull();
  });

  it('puts each issue at its field (translated where known), the rest in the form alert', async () => {
    const error = validationError([
      { path: 'body.name', message: 'An organisation with this name already exists' },
      { path: 'body.country', message: 'must be a two-letter country code such as KZ' },
      { path: 'body.secret', message: 'is not a known field' },
    ]);
    renderWithProviders(<Form error={error} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('An organisation with this name already exists');
    expect(name).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveAccessibleDescription(
      'Use a two-letter country code such as KZ',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Some fields need attention:');
    expect(alert).toHaveTextContent('secret: This field is not known to the server');
  });

  it('shows any other failure as one message with its reference', async () => {
    const error = new ApiError({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'boom',
      requestId: 'req-7',
    });
    renderWithProviders(<Form error={error} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not save');
    expect(alert).toHaveTextContent('Something unexpected went wrong.');
    expect(alert).toHaveTextContent('req-7');
  });
});
