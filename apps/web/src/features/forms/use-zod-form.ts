import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import {
  type FieldValues,
  type Resolver,
  type UseFormProps,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { localizedErrorMap, translateValidationMessage } from './validation-messages';

/** A schema whose parsed input is a form's values (any shared `...InputSchema`). */
export type FormSchema = z.ZodType<unknown, FieldValues>;

/**
 * The resolver every form uses: validates with the SHARED zod schema (the same one the API uses),
 * with messages in the interface language.
 */
export function localizedZodResolver<S extends FormSchema>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const resolve = zodResolver(schema, { error: localizedErrorMap }) as unknown as Resolver<
    z.input<S>,
    unknown,
    z.output<S>
  >;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    translateErrors(result.errors);
    return result;
  };
}

// Messages written into the shared schemas are English; translate the known ones in place.
function translateErrors(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'ref') continue;
    if (key === 'message' && typeof value === 'string') {
      (node as Record<string, unknown>).message = translateValidationMessage(value);
    } else {
      translateErrors(value);
    }
  }
}

/**
 * react-hook-form bound to a shared schema: `values` are the schema's input, `handleSubmit` hands
 * over its parsed output (trimmed, defaults applied), ready to send to the API.
 */
export function useZodForm<S extends FormSchema>(
  schema: S,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'> = {},
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  const resolver = useMemo(() => localizedZodResolver(schema), [schema]);
  return useForm<z.input<S>, unknown, z.output<S>>({ mode: 'onTouched', ...options, resolver });
}
