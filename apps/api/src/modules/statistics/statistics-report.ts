import type { CountRow, Statistics } from '@habeas/shared';
import ExcelJS from 'exceljs';
import { DossierPdf, type PdfFooter } from '../dossiers/dossier-pdf';

const TABLES: Array<[string, (s: Statistics) => CountRow[]]> = [
  ['By current status', (s) => s.byStatus],
  ['By region', (s) => s.byRegion],
  ['By legal provision', (s) => s.byProvision],
  ['By category', (s) => s.byCategory],
  ['Imprisonment sentences by length', (s) => s.sentenceBands],
];

function scope(s: Statistics): string {
  return `Persons counted: ${s.persons}. Status as of ${s.asOf}. Time series ${s.from} to ${s.to}.`;
}

/** The statistics as a workbook: a summary sheet of count tables and a monthly sheet with real numbers. */
export async function statisticsWorkbook(s: Statistics): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Habeas';
  const summary = workbook.addWorksheet('Summary');
  summary.columns = [{ width: 60 }, { width: 12 }];
  summary.addRow([scope(s)]);
  for (const [title, rows] of TABLES) {
    summary.addRow([]);
    summary.addRow([title, 'Count']).font = { bold: true };
    for (const r of rows(s)) summary.addRow([r.label, r.count]);
  }
  summary.addRow([]);
  summary.addRow(['Arrests known only to the year', s.arrestsWithYearOnly]);
  summary.addRow(['Releases known only to the year', s.releasesWithYearOnly]);

  const monthly = workbook.addWorksheet('Monthly', { views: [{ state: 'frozen', ySplit: 1 }] });
  monthly.columns = [
    { header: 'Month', key: 'month', width: 12, style: { numFmt: 'yyyy-mm' } },
    { header: 'Arrests', key: 'arrests', width: 10 },
    { header: 'Releases', key: 'releases', width: 10 },
    { header: 'In detention (month end)', key: 'inDetention', width: 24 },
  ];
  monthly.getRow(1).font = { bold: true };
  for (const m of s.monthly) {
    monthly.addRow({ ...m, month: new Date(`${m.month}-01T00:00:00.000Z`) });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The statistics as a printable PDF of tables (no charts). */
export async function statisticsPdf(s: Statistics, footer: PdfFooter): Promise<Buffer> {
  const pdf = new DossierPdf('Habeas statistics');
  pdf.title('Statistics', scope(s));
  for (const [title, rows] of TABLES) {
    pdf.section(title);
    const data = rows(s);
    if (data.length === 0) pdf.empty();
    else
      pdf.table(
        ['', 'Count'],
        data.map((r) => [r.label, r.count]),
        [0.8, 0.2],
      );
  }
  pdf.section('Per month');
  pdf.table(
    ['Month', 'Arrests', 'Releases', 'In detention (month end)'],
    s.monthly.map((m) => [m.month, m.arrests, m.releases, m.inDetention]),
    [0.25, 0.2, 0.2, 0.35],
  );
  pdf.field('Arrests known only to the year', s.arrestsWithYearOnly);
  pdf.field('Releases known only to the year', s.releasesWithYearOnly);
  return pdf.finish(footer);
}
