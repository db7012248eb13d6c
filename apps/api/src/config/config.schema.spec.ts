import { ConfigError, loadConfig } from './config.schema';

describe(loadConfig.name, () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({}, '/srv/habeas');
    expect(config.PORT).toBe(3000);
    expect(config.dataDir).toBe('/srv/habeas/.data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.HABEAS_MIGRATE).toBe(true);
  });

  it('names the variable that is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, '/x')).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, '/x')).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ HABEAS_ADMIN_EMAIL: 'a@b.org' }, '/x')).toThrow(ConfigError);
  });
});
