import { escapeText, foldLine, serializeCalendar } from './icalendar';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 3.1 unfolding: a CRLF followed by one space or tab disappears. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('iCalendar writer', () => {
  describe(escapeText.name, () => {
    it('escapes backslashes, semicolons, commas and newlines', () => {
      expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    });

    it('keeps Cyrillic and Kazakh letters as they are', () => {
      expect(escapeText('Жаңаөзен, Козлов')).toBe('Жаңаөзен\\, Козлов');
    });

    it('drops control characters a hostile record could carry, but keeps tabs', () => {
      expect(escapeText('a\u0000b\u0007c\td\u007F')).toBe('abc\td');
    });
  });

  describe(foldLine.name, () => {
    it('leaves a line of 75 octets alone', () => {
      const line = 'x'.repeat(75);
      expect(foldLine(line)).toBe(line);
    });

    it('folds longer lines into pieces of at most 75 octets that unfold to the original', () => {
      const line = `SUMMARY:${'abcdefghij'.repeat(20)}`;
      const folded = foldLine(line);
      const pieces = folded.split('\r\n');
      expect(pieces.length).toBeGreaterThan(2);
      for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
      for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true);
      expect(unfold(folded)).toBe(line);
    });

    it('never splits a multi-byte UTF-8 character', () => {
      // Cyrillic letters are 2 octets, the emoji 4 (a surrogate pair in JavaScript).
      const line = `SUMMARY:${'Жанаозен 🙂 '.repeat(20)}`;
      const folded = foldLine(line);
      const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
      const pieces = folded.split('\r\n');
      for (const piece of pieces) {
        expect(octets(piece)).toBeLessThanOrEqual(75);
        expect(piece).not.toMatch(loneSurrogate);
      }
      // Filled up to the limit, not folded early (a 4-octet character may leave up to 3 spare).
      for (const piece of pieces.slice(0, -1)) expect(octets(piece)).toBeGreaterThanOrEqual(72);
      expect(unfold(folded)).toBe(line);
    });
  });

  describe(serializeCalendar.name, () => {
    const calendar = serializeCalendar({
      prodId: '-//Habeas//Deadlines//EN',
      name: 'Habeas deadlines',
      stamp: new Date('2026-01-02T03:04:05.678Z'),
      events: [
        {
          uid: 'appeal-1@habeas',
          date: '2012-10-18',
          endDate: '2012-10-19',
          summary: 'Appeal deadline (cassation): Козлов, Kozlov case; urgent',
          description: 'Line one\nLine two',
          sequence: 3,
        },
        { uid: 'hearing-2@habeas', date: '2012-12-31', endDate: '2013-01-01', summary: 'Hearing' },
      ],
    });

    it('ends every line with CRLF and never uses a bare LF', () => {
      expect(calendar.endsWith('\r\n')).toBe(true);
      expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });

    it('writes the calendar header and one VEVENT per event', () => {
      const lines = unfold(calendar).split('\r\n');
      expect(lines.slice(0, 4)).toEqual([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Habeas//Deadlines//EN',
        'CALSCALE:GREGORIAN',
      ]);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
      expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
      expect(lines.at(-2)).toBe('END:VCALENDAR');
    });

    it('writes all-day dates, a UTC stamp and escaped text', () => {
      const text = unfold(calendar);
      expect(text).toContain('\r\nUID:appeal-1@habeas\r\n');
      expect(text).toContain('\r\nDTSTAMP:20260102T030405Z\r\n');
      expect(text).toContain('\r\nDTSTART;VALUE=DATE:20121018\r\n');
      expect(text).toContain('\r\nDTEND;VALUE=DATE:20121019\r\n');
      expect(text).toContain('\r\nSUMMARY:Appeal deadline (cassation): Козлов\\, Kozlov case\\; urgent\r\n');
      expect(text).toContain('\r\nDESCRIPTION:Line one\\nLine two\r\n');
      expect(text).toContain('\r\nSEQUENCE:3\r\n');
    });

    it('refuses a malformed date rather than writing a broken feed', () => {
      expect(() =>
        serializeCalendar({
          prodId: 'x',
          stamp: new Date(),
          events: [{ uid: 'u', date: '18.10.2012', endDate: '2012-10-19', summary: 's' }],
        }),
      ).toThrow(RangeError);
    });
  });
});
