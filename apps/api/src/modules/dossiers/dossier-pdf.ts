import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans, embedded: pdfkit's built-in fonts garble Cyrillic and Kazakh letters (қ, ә, ү...).
 * Resolved from the dejavu-fonts-ttf package so it ships with the install.
 */
const FONT_DIR = path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const GREY = '#555555';

export interface PdfFooter {
  generatedAt: Date;
  userName: string;
  userEmail: string;
}

/**
 * A small document builder over pdfkit for dossiers and reports: title, sections, label/value
 * fields, entries and simple tables. Pages are buffered so every page can get "Page N of M", the
 * generation time and the exporting user in its footer at the end.
 */
export class DossierPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 50, bottom: 60, left: 50, right: 50 },
      bufferPages: true,
      info: { Title: title, Producer: 'Habeas', Creator: 'Habeas' },
    });
    this.doc.registerFont('body', REGULAR);
    this.doc.registerFont('bold', BOLD);
    this.doc.font('body').fontSize(10);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  title(text: string, subtitle?: string): this {
    this.doc.font('bold').fontSize(18).text(text);
    if (subtitle) this.doc.font('body').fontSize(11).fillColor(GREY).text(subtitle).fillColor('black');
    this.doc.moveDown(0.5).font('body').fontSize(10);
    return this;
  }

  section(text: string): this {
    if (this.doc.y > this.doc.page.height - 140) this.doc.addPage();
    this.doc.moveDown(0.6).font('bold').fontSize(13).text(text);
    const y = this.doc.y + 1;
    this.doc
      .moveTo(this.doc.page.margins.left, y)
      .lineTo(this.doc.page.width - this.doc.page.margins.right, y)
      .strokeColor('#999999')
      .lineWidth(0.5)
      .stroke();
    this.doc.moveDown(0.3).font('body').fontSize(10);
    return this;
  }

  /** "Label: value"; nothing when the value is empty. */
  field(label: string, value: string | number | null | undefined): this {
    if (value === null || value === undefined || value === '') return this;
    this.doc.font('bold').text(`${label}: `, { continued: true }).font('body').text(String(value));
    return this;
  }

  /** An entry of a list: a bold heading line, then its fields and text. */
  entry(
    heading: string,
    lines: Array<[string, string | number | null | undefined]>,
    text?: string | null,
  ): this {
    if (this.doc.y > this.doc.page.height - 120) this.doc.addPage();
    this.doc.moveDown(0.3).font('bold').text(heading);
    this.doc.font('body');
    for (const [label, value] of lines) this.field(label, value);
    if (text) this.paragraph(text);
    return this;
  }

  paragraph(text: string): this {
    this.doc.font('body').text(text, { align: 'left' });
    return this;
  }

  /** Shown where a section has nothing the reader may see. */
  empty(text = 'None recorded.'): this {
    this.doc.fillColor(GREY).text(text).fillColor('black');
    return this;
  }

  /** A table: header row then rows; column widths as fractions of the text width. */
  table(headers: string[], rows: Array<Array<string | number>>, widths?: number[]): this {
    const left = this.doc.page.margins.left;
    const width = this.doc.page.width - left - this.doc.page.margins.right;
    const fractions = widths ?? headers.map(() => 1 / headers.length);
    const xs = [left];
    for (const [i, f] of fractions.entries()) xs.push(xs[i]! + f * width);
    const drawRow = (cells: Array<string | number>, bold: boolean) => {
      if (this.doc.y > this.doc.page.height - 90) this.doc.addPage();
      const y = this.doc.y;
      let bottom = y;
      this.doc.font(bold ? 'bold' : 'body').fontSize(9);
      cells.forEach((cell, i) => {
        this.doc.text(String(cell), xs[i]! + 2, y, { width: fractions[i]! * width - 4 });
        bottom = Math.max(bottom, this.doc.y);
      });
      this.doc.x = left;
      this.doc.y = bottom + 3;
    };
    drawRow(headers, true);
    for (const row of rows) drawRow(row, false);
    this.doc.font('body').fontSize(10).moveDown(0.3);
    return this;
  }

  /** Writes the footers on every page and returns the finished PDF. */
  async finish(footer: PdfFooter): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    const stamp = `${footer.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise add a page.
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - 40;
      const left = this.doc.page.margins.left;
      const width = this.doc.page.width - left - this.doc.page.margins.right;
      this.doc.font('body').fontSize(8).fillColor(GREY);
      this.doc.text(`Generated ${stamp} by ${footer.userName} <${footer.userEmail}>`, left, y, {
        width: width * 0.75,
        lineBreak: false,
      });
      this.doc.text(`Page ${i + 1} of ${range.count}`, left + width * 0.75, y, {
        width: width * 0.25,
        align: 'right',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}
