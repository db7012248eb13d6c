import { apiToColumns, delegateName, modelInfo, rowToApiShape } from './record-columns';

describe(apiToColumns.name, () => {
  const person = modelInfo('Person')!;

  it('splits imprecise dates into the date and precision columns', () => {
    const result = apiToColumns(person, {
      displayName: 'Vladimir Kozlov',
      birthDate: { value: '1960-01-01', precision: 'year' },
      statusOverrideOn: null,
    });
    expect(result.data).toEqual({
      displayName: 'Vladimir Kozlov',
      birthDate: new Date('1960-01-01T00:00:00.000Z'),
      birthDatePrecision: 'year',
      statusOverrideOn: null,
      statusOverrideOnPrecision: null,
    });
    expect(result.restored).toEqual(['displayName', 'birthDate', 'statusOverrideOn']);
  });

  it('leaves read-only columns out and reports relations, lists and derived values as skipped', () => {
    const result = apiToColumns(person, {
      id: 'x',
      version: 3,
      createdAt: '2026-01-01T00:00:00.000Z',
      searchKey: 'kozlov',
      names: [{ value: 'Козлов', script: 'cyrl' }],
      currentStatus: 'imprisoned',
      notes: 'n',
    });
    expect(result.data).toEqual({ notes: 'n' });
    expect(result.skipped).toEqual(['names', 'currentStatus']);
  });

  it('reads foreign keys from nested { id } objects, including caseId from `case` or `legalCase`', () => {
    const update = modelInfo('CaseUpdate')!;
    expect(
      apiToColumns(update, {
        person: { id: 'p1', displayName: 'Kozlov' },
        legalCase: { id: 'c1', title: 'Kozlov case' },
        author: null,
      }).data,
    ).toEqual({ personId: 'p1', caseId: 'c1', authorId: null });
    expect(apiToColumns(update, { case: { id: 'c2' } }).data).toEqual({ caseId: 'c2' });
    const organisation = modelInfo('Organisation')!;
    expect(apiToColumns(organisation, { parent: { id: 'o1', name: 'Ministry' } }).data).toEqual({
      parentId: 'o1',
    });
  });

  it('turns ISO strings into dates (plain days and instants) and credibility 1-6 into its enum', () => {
    const appeal = modelInfo('Appeal')!;
    expect(apiToColumns(appeal, { deadline: '2012-07-02' }).data).toEqual({
      deadline: new Date('2012-07-02T00:00:00.000Z'),
    });
    const hearing = modelInfo('Hearing')!;
    expect(apiToColumns(hearing, { scheduledAt: '2012-03-27T05:00:00.000Z' }).data).toEqual({
      scheduledAt: new Date('2012-03-27T05:00:00.000Z'),
    });
    expect(apiToColumns(hearing, { scheduledAt: 'soon' }).skipped).toEqual(['scheduledAt']);
    expect(apiToColumns(modelInfo('Source')!, { credibility: '2' }).data).toEqual({ credibility: 'c2' });
  });
});

describe(rowToApiShape.name, () => {
  it('pairs imprecise dates, prints days and instants, and drops the search key', () => {
    const appeal = modelInfo('Appeal')!;
    const shape = rowToApiShape(appeal, {
      id: 'a1',
      filedOn: new Date('2012-06-01T00:00:00.000Z'),
      filedOnPrecision: 'month',
      deadline: new Date('2012-07-02T00:00:00.000Z'),
      createdAt: new Date('2026-01-01T10:00:00.000Z'),
    });
    expect(shape).toEqual({
      id: 'a1',
      filedOn: { value: '2012-06-01', precision: 'month' },
      deadline: '2012-07-02',
      createdAt: '2026-01-01T10:00:00.000Z',
    });
    expect(rowToApiShape(modelInfo('Person')!, { displayName: 'x', searchKey: 'x' })).toEqual({
      displayName: 'x',
    });
  });

  it('names the client delegate of a model', () => {
    expect(delegateName(modelInfo('LegalCase')!)).toBe('legalCase');
  });
});
