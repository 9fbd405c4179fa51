// Server commands that change the test page's browser environment through puppeteer, for tests
// that must prove behaviour does not depend on the machine:
//   await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' })  (null resets)
//   await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] })
export function browserControlPlugin() {
  return {
    name: 'roseup-browser-control',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone' && command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-timezone') await page.emulateTimezone(payload?.timezoneId ?? undefined);
      else await page.emulateMediaFeatures(payload?.features ?? []);
      return true;
    },
  };
}
