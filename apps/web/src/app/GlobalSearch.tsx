import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Placeholder for the cross-record search (names in any script); the search feature wires it up. */
export function GlobalSearch() {
  const { t } = useTranslation();
  return (
    <search style={{ flex: 1, maxWidth: 480 }}>
      <form onSubmit={(event) => event.preventDefault()}>
        <TextInput
          type="search"
          name="q"
          aria-label={t('header.search')}
          placeholder={t('header.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          visibleFrom="sm"
        />
      </form>
    </search>
  );
}
