import { createTestApp, type TestApp } from '../../../test/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database reachable with every migration applied', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database.reachable).toBe(true);
    expect(res.body.database.migrations.pending).toEqual([]);
    expect(res.body.database.migrations.applied).toBeGreaterThan(0);
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('keeps the caller request id', async () => {
    const res = await t.http().get('/api/health').set('x-request-id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('answers an unknown API route with the one error shape', async () => {
    const res = await t.http().get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    expect(typeof res.body.message).toBe('string');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http().get('/api/openapi.json').expect(200);
    expect(res.body.paths['/api/health'].get.operationId).toBe('getHealth');
  });
});
