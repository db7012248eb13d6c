import { ActionIcon, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

/** The header's search over every kind of record (names in any script): Enter opens /search?q=…. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // On the results page the box shows the search in force; elsewhere it starts empty.
  const current = pathname === '/search' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) return;
    // After the submit event: a navigation started inside it would make React 19 treat it as this
    // form's action (form status, FormData of the form), which is not what this form is.
    queueMicrotask(() => void navigate(`/search?${new URLSearchParams({ q }).toString()}`));
  };

  return (
    <search style={{ flex: 1, maxWidth: 480 }}>
      <form onSubmit={submit}>
        <TextInput
          type="search"
          name="q"
          aria-label={t('header.search')}
          placeholder={t('header.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          visibleFrom="sm"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={200}
        />
      </form>
      {/* Narrow screens: the box is hidden, the search page has its own. */}
      <ActionIcon
        component={Link}
        to="/search"
        variant="subtle"
        size="lg"
        hiddenFrom="sm"
        aria-label={t('header.search')}
      >
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
    </search>
  );
}
