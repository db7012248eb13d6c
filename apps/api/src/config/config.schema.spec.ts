import { ConfigError, loadConfig } from './config.schema';

describe(loadConfig.name, () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({}, '/srv/habeas');
    expect(config.PORT).toBe(3000);
    expect(config.dataDir).toBe('/srv/habeas/.data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.HABEAS_MIGRATE).toBe(true);
  });

  it('keeps attachments in the data directory, up to 25 MB, unless told otherwise', () => {
    const defaults = loadConfig({ HABEAS_DATA_DIR: '/var/lib/habeas' }, '/srv/habeas');
    expect(defaults.filesDir).toBe('/var/lib/habeas/files');
    expect(defaults.maxUploadBytes).toBe(25 * 1024 * 1024);
    const custom = loadConfig({ HABEAS_FILES_DIR: 'uploads', HABEAS_MAX_UPLOAD_MB: '0.5' }, '/srv/habeas');
    expect(custom.filesDir).toBe('/srv/habeas/uploads');
    expect(custom.maxUploadBytes).toBe(512 * 1024);
    expect(() => loadConfig({ HABEAS_MAX_UPLOAD_MB: '0' }, '/x')).toThrow(/HABEAS_MAX_UPLOAD_MB/);
    expect(() => loadConfig({ HABEAS_MAX_UPLOAD_MB: 'lots' }, '/x')).toThrow(/HABEAS_MAX_UPLOAD_MB/);
  });

  it('names the variable that is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, '/x')).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, '/x')).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ HABEAS_ADMIN_EMAIL: 'a@b.org' }, '/x')).toThrow(ConfigError);
  });
});
