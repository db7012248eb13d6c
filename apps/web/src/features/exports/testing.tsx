import type { ExportJob, Role } from '@habeas/shared';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../app/AppProviders';
import { createTestQueryClient } from '../../test/render';
import { SessionContext } from '../auth/session-context';
import { signedInSession } from '../auth/testing';

/** Test helpers (tests only): a component with a signed-in user of a role, and export jobs. */

export function renderWithSession(ui: ReactElement, role: Role = 'coordinator') {
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  return render(
    <AppProviders queryClient={createTestQueryClient()} env="test">
      <SessionContext.Provider value={signedInSession({ role })}>
        <RouterProvider router={router} />
      </SessionContext.Provider>
    </AppProviders>,
  );
}

export const JOB_ID = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

export function exportJob(overrides: Partial<ExportJob> = {}): ExportJob {
  return {
    id: JOB_ID,
    kind: 'persons',
    format: 'csv',
    status: 'queued',
    rowsDone: 0,
    rowsTotal: null,
    percent: null,
    error: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    downloadUrl: null,
    ...overrides,
  };
}

/** jsdom has no object URLs: record what would have been downloaded. */
export function stubObjectUrls() {
  const created: Blob[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    writable: true,
    value: () => undefined,
  });
  const clicks = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { created, clicks };
}
