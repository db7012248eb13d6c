import { z } from 'zod';
import {
  clearListState,
  defineList,
  isFiltered,
  type ListStatePatch,
  parseListState,
  replaceFilters,
  toApiQuery,
  writeListState,
} from './list-state';

const filters = { type: z.enum(['court', 'prison']), includeDeleted: z.enum(['true']) };
const config = defineList({ sortable: ['name', 'updatedAt'], defaultSort: 'name', filters });

const parse = (query: string) => parseListState(new URLSearchParams(query), config);
const write = (query: string, patch: ListStatePatch<'name' | 'updatedAt', typeof filters>) =>
  writeListState(new URLSearchParams(query), patch, config).toString();

describe('list state in the URL', () => {
  it('reads every part of the state from the query string', () => {
    expect(
      parse('q=%D0%9A%D0%BE%D0%B7%D0%BB%D0%BE%D0%B2&type=court&sort=updatedAt&order=desc&page=3&pageSize=50'),
    ).toEqual({
      q: 'Козлов',
      sort: 'updatedAt',
      order: 'desc',
      page: 3,
      pageSize: 50,
      filters: { type: 'court' },
    });
  });

  it('falls back to the defaults for anything missing or invalid', () => {
    expect(parse('sort=password&order=sideways&page=-1&pageSize=7&type=bakery&includeDeleted=yes')).toEqual({
      q: '',
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 25,
      filters: {},
    });
    expect(parse('page=abc').page).toBe(1);
    expect(parse(`q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });

  it('writes changes back, leaving defaults out and keeping parameters it does not own', () => {
    expect(write('next=%2Fx', { q: 'zhanaozen' })).toBe('next=%2Fx&q=zhanaozen');
    expect(write('q=a&sort=updatedAt&order=desc', { sort: 'name', order: 'asc' })).toBe('q=a');
    expect(write('', { pageSize: 25 })).toBe('');
    expect(write('', { pageSize: 100 })).toBe('pageSize=100');
    expect(write('type=court', { filters: { type: undefined } })).toBe('');
  });

  it('goes back to page 1 when the matching rows change, not when paging', () => {
    expect(write('page=4', { q: 'x' })).toBe('q=x');
    expect(write('page=4', { filters: { type: 'prison' } })).toBe('type=prison');
    expect(write('page=4', { sort: 'updatedAt' })).toBe('sort=updatedAt');
    expect(write('q=x', { page: 2 })).toBe('q=x&page=2');
    expect(write('q=x&page=2', { page: 1 })).toBe('q=x');
  });

  it('clears only its own parameters', () => {
    const params = new URLSearchParams('q=a&type=court&page=2&sort=updatedAt&tab=names');
    expect(clearListState(params, config).toString()).toBe('tab=names');
  });

  it('puts exactly the filters of a saved search in force', () => {
    const patch = replaceFilters(config, { type: 'court', region: 'Mangystau' });
    expect(patch).toEqual({ type: 'court', includeDeleted: undefined });
    expect(write('includeDeleted=true&page=3', { q: 'x', filters: patch })).toBe('q=x&type=court');
  });

  it('turns the state into list-endpoint query parameters', () => {
    const state = parse('type=prison&page=2');
    expect(toApiQuery(state)).toEqual({ sort: 'name', order: 'asc', page: 2, pageSize: 25, type: 'prison' });
    expect(isFiltered(state)).toBe(true);
    expect(isFiltered(parse('page=2'))).toBe(false);
  });
});
