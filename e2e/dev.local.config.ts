// TEMPORARY (development only, to be deleted): reuse a server started by hand.
import base from './playwright.config';
export default { ...base, webServer: { ...(base.webServer as object), reuseExistingServer: true } };
