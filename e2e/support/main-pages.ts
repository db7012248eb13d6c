import { expect, type Locator, type Page } from '@playwright/test';
import { KOZLOV, openCase, openPerson } from './navigation';

/** A main page of the app: how to open it (signed in) and what shows once its data has loaded. */
export interface MainPage {
  /** Also the screenshot's file name, in kebab case. */
  id: string;
  name: string;
  open: (page: Page) => Promise<void>;
  /** Visible once the page's data is there (not its loading skeleton). */
  ready: (page: Page) => Locator;
}

const goto = (path: string) => async (page: Page) => {
  await page.goto(path);
};

/** Opens the first record of a list (ids change with every fresh database). */
const openFirst = (listPath: string, table: string, detail: RegExp) => async (page: Page) => {
  await page.goto(listPath);
  await page.getByRole('table', { name: table }).getByRole('link').first().click();
  await page.waitForURL(detail);
};

/** The page's own title: shown once the record (or the form's record) has loaded. */
const title = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 });

const UUID = '[0-9a-f-]{36}';

export const MAIN_PAGES: readonly MainPage[] = [
  {
    id: 'dashboard',
    name: 'dashboard',
    open: goto('/'),
    ready: (page) => page.getByRole('region', { name: 'Recent case updates' }).getByRole('listitem').first(),
  },
  {
    id: 'persons',
    name: 'persons list',
    open: goto('/persons'),
    ready: (page) =>
      page.getByRole('table', { name: 'Persons' }).getByRole('link', { name: KOZLOV.displayName }),
  },
  {
    id: 'person',
    name: 'person page',
    open: (page) => openPerson(page, 'Kozlov', KOZLOV.displayName),
    ready: (page) => page.getByRole('region', { name: 'Current status' }),
  },
  {
    id: 'cases',
    name: 'cases list',
    open: goto('/cases'),
    ready: (page) => page.getByRole('table', { name: 'Cases' }).getByRole('link', { name: KOZLOV.caseTitle }),
  },
  {
    id: 'case',
    name: 'case page',
    open: (page) => openCase(page, 'Kozlov', KOZLOV.caseTitle),
    ready: (page) => page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').first(),
  },
  {
    id: 'events',
    name: 'events list',
    open: goto('/events'),
    ready: (page) => page.getByRole('table', { name: 'Events' }).getByRole('link').first(),
  },
  {
    id: 'sources',
    name: 'sources list',
    open: goto('/sources'),
    ready: (page) => page.getByRole('table', { name: 'Sources' }).getByRole('link').first(),
  },
  {
    id: 'organisations',
    name: 'organisations list',
    open: goto('/organisations'),
    ready: (page) => page.getByRole('table', { name: 'Organisations' }).getByRole('link').first(),
  },
  {
    id: 'legal-provisions',
    name: 'legal provisions list',
    open: goto('/legal-provisions'),
    ready: (page) => page.getByRole('table', { name: 'Legal provisions' }).getByRole('link').first(),
  },
  {
    id: 'legal-provision',
    name: 'legal provision page',
    // Ids change with every fresh database: find the demo data's "mass riots" article by number.
    open: async (page) => {
      await page.goto('/legal-provisions?q=241');
      await page
        .getByRole('table', { name: 'Legal provisions' })
        .getByRole('link', { name: /art\. 241$/ })
        .click();
    },
    ready: (page) => page.getByRole('region', { name: 'Titles' }),
  },
  {
    id: 'appeals',
    name: 'appeals list',
    open: goto('/appeals'),
    ready: (page) => page.getByRole('table', { name: 'Appeals' }).getByRole('row').nth(1),
  },
  {
    id: 'deadlines',
    name: 'deadlines',
    open: goto('/appeals/deadlines'),
    ready: (page) => page.getByRole('heading', { name: 'Subscribe in your calendar' }),
  },
  {
    id: 'audit',
    name: 'audit trail',
    open: goto('/audit'),
    ready: (page) => page.getByRole('main').getByRole('table').getByRole('row').nth(1),
  },
  {
    id: 'users',
    name: 'users (admin)',
    open: goto('/users'),
    ready: (page) =>
      page
        .getByRole('main')
        .getByRole('table')
        .getByRole('link', { name: /Demo Viewer/ }),
  },
  {
    id: 'reports',
    name: 'reports',
    open: goto('/reports'),
    ready: (page) => page.getByRole('table', { name: 'By current status' }),
  },
  {
    id: 'account',
    name: 'account',
    open: goto('/account'),
    ready: (page) => page.getByRole('heading', { name: 'Sessions' }),
  },
  {
    id: 'persons-filtered',
    name: 'persons list with more filters open',
    open: goto('/persons?sentenceMinMonths=84&hasPendingAppeal=true'),
    ready: (page) =>
      page.getByRole('table', { name: 'Persons' }).getByRole('link', { name: KOZLOV.displayName }),
  },
  {
    id: 'person-files',
    name: 'person page, files tab',
    open: async (page) => {
      await openPerson(page, 'Kozlov', KOZLOV.displayName);
      await page.getByRole('tab', { name: 'Files' }).click();
    },
    ready: (page) => page.getByRole('button', { name: 'Upload a file' }),
  },
  {
    id: 'person-edit',
    name: 'person form (edit)',
    open: async (page) => {
      await openPerson(page, 'Kozlov', KOZLOV.displayName);
      await page.getByRole('main').getByRole('link', { name: 'Edit' }).first().click();
      await page.waitForURL(new RegExp(`/persons/${UUID}/edit$`));
    },
    ready: (page) => page.getByRole('main').getByRole('textbox').first(),
  },
  {
    id: 'case-new',
    name: 'case form (new)',
    open: goto('/cases/new'),
    ready: (page) => page.getByRole('main').getByRole('textbox').first(),
  },
  {
    id: 'event',
    name: 'event page',
    open: openFirst('/events', 'Events', new RegExp(`/events/${UUID}$`)),
    ready: title,
  },
  {
    id: 'source',
    name: 'source page',
    open: openFirst('/sources', 'Sources', new RegExp(`/sources/${UUID}$`)),
    ready: title,
  },
  {
    id: 'organisation',
    name: 'organisation page',
    open: openFirst('/organisations', 'Organisations', new RegExp(`/organisations/${UUID}$`)),
    ready: title,
  },
  {
    id: 'audit-entry',
    name: 'audit entry',
    open: async (page) => {
      await page.goto('/audit');
      await page.getByRole('main').getByRole('table').getByRole('link').first().click();
      await page.waitForURL(/\/audit\/[^/?]+$/);
    },
    ready: title,
  },
  {
    id: 'user',
    name: 'user page (admin)',
    open: async (page) => {
      await page.goto('/users');
      await page
        .getByRole('main')
        .getByRole('table')
        .getByRole('link', { name: /Demo Viewer/ })
        .click();
      await page.waitForURL(new RegExp(`/users/${UUID}$`));
    },
    ready: title,
  },
  {
    id: 'search',
    name: 'search results',
    open: goto('/search?q=Kozlov'),
    ready: (page) =>
      page
        .getByRole('region', { name: /^Results/ })
        .getByRole('listitem')
        .first(),
  },
];

/** Opens a main page and waits until its data is shown and no loading placeholder is left. */
export async function openMainPage(page: Page, main: MainPage): Promise<void> {
  await main.open(page);
  await expect(main.ready(page)).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
