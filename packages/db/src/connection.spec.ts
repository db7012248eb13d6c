import { connectionFields, redactUrl, withDatabase } from './connection';

describe(connectionFields.name, () => {
  it('splits a URL into separate fields so a database name can be overridden safely', () => {
    expect(
      connectionFields('postgresql://habeas:s%40cret@db.example.org:5433/cases?sslmode=require'),
    ).toEqual({
      host: 'db.example.org',
      port: 5433,
      user: 'habeas',
      password: 's@cret',
      database: 'cases',
      ssl: { rejectUnauthorized: false },
    });
  });

  it('takes a unix-socket directory from ?host=', () => {
    expect(connectionFields('postgresql://postgres@localhost/x?host=/var/run/postgresql').host).toBe(
      '/var/run/postgresql',
    );
  });

  it('explains a URL that is not PostgreSQL', () => {
    expect(() => connectionFields('mysql://root@localhost/x')).toThrow(/postgresql:\/\//);
    expect(() => connectionFields('not a url')).toThrow(/not a valid URL/);
  });
});

describe('URL helpers', () => {
  it('points at another database of the same server', () => {
    expect(withDatabase('postgresql://u:p@h:5432/a?sslmode=disable', 'b')).toBe(
      'postgresql://u:p@h:5432/b?sslmode=disable',
    );
  });

  it('never prints a password', () => {
    expect(redactUrl('postgresql://u:secret@h/a')).toBe('postgresql://u:***@h/a');
  });
});
