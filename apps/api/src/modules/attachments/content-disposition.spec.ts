import { contentDisposition } from './content-disposition';

describe(contentDisposition.name, () => {
  it('gives the original name encoded, and an ASCII stand-in', () => {
    expect(contentDisposition('Приговор.pdf')).toBe(
      `attachment; filename="________.pdf"; filename*=UTF-8''%D0%9F%D1%80%D0%B8%D0%B3%D0%BE%D0%B2%D0%BE%D1%80.pdf`,
    );
    expect(contentDisposition('Café (1).jpg')).toBe(
      `attachment; filename="Cafe (1).jpg"; filename*=UTF-8''Caf%C3%A9%20%281%29.jpg`,
    );
  });

  it('lets nothing break out of the header', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x=1;.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"')).toHaveLength(3);
  });
});
