import { expect, test } from '@playwright/test';
import { KOZLOV } from '../support/navigation';
import { logIn } from '../support/session';

/** The provision Kozlov, Sapargali and Aminov were charged under (zhanaozen.data.ts, key 164-3). */
const PROVISION = {
  hit: 'Art. 164, part 3',
  label: 'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
  en: 'Incitement of social, national, tribal, racial or religious hatred',
  ru: 'Возбуждение социальной, национальной, родовой, расовой или религиозной вражды',
  kk: 'Әлеуметтік, ұлттық, рулық, нәсілдік немесе діни араздықты қоздыру',
} as const;

test('the header search finds article 164 by its number; its page shows the titles and leads to Kozlov', async ({
  page,
}) => {
  // A viewer: the catalogue and Kozlov's charges are public, so the least role finds them too.
  await logIn(page, 'viewer');
  const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
  await search.fill('164');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Search: “164”' })).toBeVisible();

  const results = page.getByRole('region', { name: /^Results/ });
  const hit = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: PROVISION.hit }) });
  await expect(hit).toContainText('Legal provision');
  await hit.getByRole('link', { name: PROVISION.hit, exact: true }).click();

  // The provision's own page: its label as the heading, its title in the three languages.
  await expect(page).toHaveURL(/\/legal-provisions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: PROVISION.label })).toBeVisible();
  const titles = page.getByRole('region', { name: 'Titles' });
  for (const [language, title] of [
    ['Title in English', PROVISION.en],
    ['Title in Russian', PROVISION.ru],
    ['Title in Kazakh', PROVISION.kk],
  ] as const) {
    await expect(titles.getByRole('row', { name: language })).toContainText(title);
  }

  // "People charged under this provision": the persons list, filtered by it.
  await page.getByRole('link', { name: 'People charged under this provision' }).click();
  await expect(page).toHaveURL(/\/persons\?(.*&)?legalProvisionId=[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1, name: 'Persons' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'More filters (1 on)' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Persons' });
  // The three tried together in 2012, and nobody else (Adil Zhumalyuly, public, was never charged).
  for (const name of [KOZLOV.displayName, 'Serik Sapargali', 'Akzhanat Aminov']) {
    await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('link', { name: 'Adil Zhumalyuly', exact: true })).toHaveCount(0);
});
