// biome-ignore lint/style/noCommonJs: read at run time so the build needs no JSON import settings
export const APP_VERSION: string = require('../package.json').version;
