import { detectScript, NameKindSchema, NameScriptSchema, type NameVariantInput } from '@habeas/shared';
import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import {
  type ArrayPath,
  type Control,
  type FieldErrors,
  type FieldValues,
  get,
  useController,
  useFieldArray,
  useFormState,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A row as the form holds it: the shared NameVariantInput before defaults are applied. */
type NameRow = { value: string; script: NameVariantInput['script'] } & Partial<
  Omit<NameVariantInput, 'value' | 'script'>
>;
type NamesForm = { names: NameRow[] };

export interface NameVariantsEditorProps<T extends FieldValues, TOut = T> {
  /** From useZodForm (whose parsed output may differ from its input) or a plain useForm. */
  control: Control<T, unknown, TOut>;
  /** The field holding the array of name variants; `names` in every shared schema. */
  name: ArrayPath<T>;
  /** Defaults to "Names and spellings". */
  legend?: string;
  description?: string;
}

/** The script a typed name is in, as one of the database's scripts ("mixed" is left to the user). */
function guessScript(value: string): NameRow['script'] | null {
  const script = detectScript(value);
  return script === 'mixed' ? null : script;
}

/**
 * Edits the name variants of a record (Козлов / Kozlov / Қозлов): one row per variant with its
 * value, script and kind. The script follows what is typed until the user picks one themselves.
 */
export function NameVariantsEditor<T extends FieldValues, TOut = T>({
  control,
  name,
  legend,
  description,
}: NameVariantsEditorProps<T, TOut>) {
  const { t } = useTranslation();
  // One cast at the boundary: inside, the field is a NameRow[] whatever the surrounding form is.
  const namesControl = control as unknown as Control<NamesForm>;
  const path = name as 'names';
  const { fields, append, remove } = useFieldArray({ control: namesControl, name: path });
  const { errors } = useFormState({ control: namesControl, name: path });
  const chosenByUser = useRef(new Set<string>());
  const arrayError = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  const arrayMessage = arrayError?.message ?? arrayError?.root?.message;

  return (
    <Fieldset legend={legend ?? t('names.legend')} variant="unstyled">
      <Stack gap="sm">
        {description ? <Text size="sm">{description}</Text> : null}
        {fields.length === 0 ? <Text size="sm">{t('names.none')}</Text> : null}
        {fields.map((row, index) => (
          <NameRowEditor
            key={row.id}
            control={namesControl}
            path={path}
            index={index}
            errors={errors}
            followTyping={() => !chosenByUser.current.has(row.id)}
            onScriptChosen={() => chosenByUser.current.add(row.id)}
            onRemove={() => remove(index)}
          />
        ))}
        {arrayMessage ? (
          <Text size="sm" c="red.9" role="alert">
            {arrayMessage}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="outline"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => append({ value: '', script: 'lat', kind: 'legal', isPrimary: false })}
          >
            {t('names.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

function NameRowEditor({
  control,
  path,
  index,
  errors,
  followTyping,
  onScriptChosen,
  onRemove,
}: {
  control: Control<NamesForm>;
  path: 'names';
  index: number;
  errors: FieldErrors<NamesForm>;
  followTyping: () => boolean;
  onScriptChosen: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const script = useController({ control, name: `${path}.${index}.script` });
  const error = (leaf: keyof NameRow) =>
    (get(errors, `${path}.${index}.${leaf}`) as { message?: string } | undefined)?.message;
  const number = index + 1;
  return (
    <Fieldset legend={t('names.row', { number })} p="sm">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('names.value')}
          style={{ flex: '2 1 14rem' }}
          error={error('value')}
          {...control.register(`${path}.${index}.value`, {
            onChange: (event: { target: { value: string } }) => {
              if (!followTyping()) return;
              const guess = guessScript(event.target.value);
              if (guess && guess !== script.field.value) script.field.onChange(guess);
            },
          })}
        />
        <NativeSelect
          ref={script.field.ref}
          name={script.field.name}
          label={t('names.script')}
          style={{ flex: '1 1 9rem' }}
          error={error('script')}
          value={script.field.value}
          onChange={(event) => {
            onScriptChosen();
            script.field.onChange(event.currentTarget.value);
          }}
          onBlur={script.field.onBlur}
          data={NameScriptSchema.options.map((s) => ({ value: s, label: t(`names.scripts.${s}`) }))}
        />
        <NativeSelect
          label={t('names.kind')}
          style={{ flex: '1 1 9rem' }}
          error={error('kind')}
          data={NameKindSchema.options.map((k) => ({ value: k, label: t(`names.kinds.${k}`) }))}
          {...control.register(`${path}.${index}.kind`)}
        />
        <ActionIcon
          variant="subtle"
          color="red.9"
          size="lg"
          mt={26}
          aria-label={t('names.remove', { number })}
          onClick={onRemove}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </Fieldset>
  );
}
