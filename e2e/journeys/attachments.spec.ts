import { readFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { KOZLOV, openPerson } from '../support/navigation';
import { logIn, type Role } from '../support/session';

/** One PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid 1x1 PNG (one opaque pixel of the given grey), built here so the bytes are known. */
function onePixelPng(grey: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  // Compression, filter and interlace methods: 0.
  const scanline = Buffer.from([0, grey]); // filter type 0, then the pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanline)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a Linux executable: nothing the server accepts, whatever the name says. */
const ELF_BYTES = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(56, 0),
]);

async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, role);
  return page;
}

/** Opens Kozlov's page on its "Files" tab and returns the tab's section. */
async function openKozlovFiles(page: Page) {
  await openPerson(page, 'Kozlov', KOZLOV.displayName);
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await expect(page).toHaveURL(/[?&]tab=files/);
  const files = page.getByRole('region', { name: 'Files', exact: true });
  await expect(files.getByRole('heading', { name: 'Files', exact: true })).toBeVisible();
  return files;
}

/** Uploads one file through the section's form at the given level and waits for the notice. */
async function upload(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  level?: 'Internal' | 'Restricted',
) {
  const files = page.getByRole('region', { name: 'Files', exact: true });
  await files.getByRole('button', { name: 'Upload a file' }).click();
  const form = files.getByRole('form', { name: 'Upload a file' });
  await form.getByLabel('File').setInputFiles(file);
  if (level) {
    await form.getByRole('combobox', { name: 'Confidentiality' }).click();
    await page.getByRole('option', { name: new RegExp(`^${level}`) }).click();
    await expect(form.getByRole('combobox', { name: 'Confidentiality' })).toHaveValue(level);
  }
  await form.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText(`${file.name} was uploaded`)).toBeVisible();
  await expect(form).toBeHidden();
}

test('a coordinator uploads a photo of Kozlov, makes it his photo and downloads the same bytes', async ({
  page,
}) => {
  await logIn(page, 'coordinator');
  const files = await openKozlovFiles(page);
  const stamp = Date.now();
  const png = onePixelPng(stamp % 256);
  const name = `kozlov-portrait-${stamp}.png`;

  await upload(page, { name, mimeType: 'image/png', buffer: png });

  // Listed at once, as an image of its exact size.
  const table = files.getByRole('table', { name: 'Files' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: 'Image', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: `${png.length} bytes`, exact: true })).toBeVisible();

  // His photo: the header shows the picture, its alternative text his name.
  await row.getByRole('button', { name: `Set ${name} as the photo` }).click();
  await expect(page.getByText('The photo was changed')).toBeVisible();
  await expect(row.getByText('Photo', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Remove photo' })).toBeVisible();
  const photo = page.getByRole('main').getByRole('img', { name: KOZLOV.displayName, exact: true });
  await expect(photo).toBeVisible();
  await expect(photo).toHaveJSProperty('naturalWidth', 1);
  await expect(page.getByRole('img', { name: `No photo of ${KOZLOV.displayName}` })).toHaveCount(0);

  // Downloaded, it is byte for byte what was uploaded, under its own name.
  const downloading = page.waitForEvent('download');
  await row.getByRole('link', { name: `Download ${name}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(name);
  expect((await readFile(await download.path())).equals(png)).toBe(true);

  // Still his photo after a reload: it was saved, not only shown.
  await page.reload();
  await expect(
    page.getByRole('main').getByRole('img', { name: KOZLOV.displayName, exact: true }),
  ).toBeVisible();
});

test('a file whose content is not an allowed type is refused with a clear message and not listed', async ({
  page,
}) => {
  await logIn(page, 'coordinator');
  const files = await openKozlovFiles(page);
  const name = `holiday-picture-${Date.now()}.png`;

  await files.getByRole('button', { name: 'Upload a file' }).click();
  const form = files.getByRole('form', { name: 'Upload a file' });
  await form.getByLabel('File').setInputFiles({ name, mimeType: 'image/png', buffer: ELF_BYTES });
  await form.getByRole('button', { name: 'Upload', exact: true }).click();

  const alert = form.getByRole('alert').filter({ hasText: 'The file could not be uploaded' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(
    'This kind of file is not accepted, or its content does not match its name.',
  );
  // The form stays open with the file, so it can be replaced; nothing was added.
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(files.getByRole('link', { name })).toHaveCount(0);
  await page.reload();
  await expect(files.getByRole('heading', { name: 'Files', exact: true })).toBeVisible();
  await expect(files.getByRole('table', { name: 'Files' }).or(files.getByText('No files yet'))).toBeVisible();
  await expect(files.getByRole('link', { name })).toHaveCount(0);
});

test('a file uploaded as restricted is not listed for a viewer; an internal one is', async ({ browser }) => {
  const stamp = Date.now();
  const internal = `visit-notes-${stamp}.txt`;
  const restricted = `witness-contact-${stamp}.txt`;

  const coordinator = await signedIn(browser, 'coordinator');
  const files = await openKozlovFiles(coordinator);
  await upload(coordinator, {
    name: internal,
    mimeType: 'text/plain',
    buffer: Buffer.from('Prison visit, notes for the team (journey test data).\n'),
  });
  await upload(
    coordinator,
    {
      name: restricted,
      mimeType: 'text/plain',
      buffer: Buffer.from('Name and telephone of a witness (journey test data).\n'),
    },
    'Restricted',
  );
  const table = files.getByRole('table', { name: 'Files' });
  const restrictedRow = table
    .getByRole('row')
    .filter({ has: coordinator.getByRole('link', { name: restricted, exact: true }) });
  await expect(restrictedRow.getByText('Restricted', { exact: true })).toBeVisible();
  await coordinator.context().close();

  const viewer = await signedIn(browser, 'viewer');
  const viewerFiles = await openKozlovFiles(viewer);
  // The internal file proves the list has loaded before the absence is checked.
  await expect(viewerFiles.getByRole('link', { name: internal, exact: true })).toBeVisible();
  await expect(viewerFiles.getByRole('link', { name: restricted })).toHaveCount(0);
  await expect(viewer.getByRole('main')).not.toContainText('witness-contact');
  // A viewer changes nothing here.
  await expect(viewerFiles.getByRole('button', { name: 'Upload a file' })).toHaveCount(0);
  await viewer.context().close();
});
