import { deepEqual, diffRecords } from './diff';

describe(diffRecords.name, () => {
  it('lists only the fields whose values changed, in record order', () => {
    const before = { id: 'a', name: 'Algha', region: 'Almaty', version: 1 };
    const after = { id: 'a', name: 'Algha!', region: 'Almaty', version: 2 };
    expect(diffRecords(before, after)).toEqual([
      { field: 'name', kind: 'changed', before: 'Algha', after: 'Algha!' },
      { field: 'version', kind: 'changed', before: 1, after: 2 },
    ]);
  });

  it('marks fields that appear or disappear as added or removed', () => {
    expect(diffRecords({ a: 1, gone: 'x' }, { a: 1, fresh: 'y' })).toEqual([
      { field: 'gone', kind: 'removed', before: 'x', after: null },
      { field: 'fresh', kind: 'added', before: null, after: 'y' },
    ]);
  });

  it('treats a missing record (create, delete) as empty', () => {
    expect(diffRecords(null, { name: 'K+' })).toEqual([
      { field: 'name', kind: 'added', before: null, after: 'K+' },
    ]);
    expect(diffRecords({ name: 'K+' }, undefined)).toEqual([
      { field: 'name', kind: 'removed', before: 'K+', after: null },
    ]);
  });

  it('compares nested values structurally (imprecise dates, name variants)', () => {
    const before = {
      arrestedOn: { value: '2011-12-01', precision: 'month' },
      names: [{ value: 'Козлов', script: 'cyrl' }],
    };
    const sameOtherOrder = {
      arrestedOn: { precision: 'month', value: '2011-12-01' },
      names: [{ script: 'cyrl', value: 'Козлов' }],
    };
    expect(diffRecords(before, sameOtherOrder)).toEqual([]);
    const changed = diffRecords(before, { ...before, arrestedOn: { value: '2011-12-17', precision: 'day' } });
    expect(changed.map((c) => c.field)).toEqual(['arrestedOn']);
  });

  it('sees no change between a missing field and null', () => {
    expect(diffRecords({ notes: null }, {})).toEqual([]);
  });

  it('leaves out ignored fields', () => {
    expect(
      diffRecords(
        { version: 1, updatedAt: 'x', name: 'a' },
        { version: 2, updatedAt: 'y', name: 'a' },
        {
          ignore: ['version', 'updatedAt'],
        },
      ),
    ).toEqual([]);
  });
});

describe(deepEqual.name, () => {
  it('respects array order and value types', () => {
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(deepEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(deepEqual([], {})).toBe(false);
  });
});
