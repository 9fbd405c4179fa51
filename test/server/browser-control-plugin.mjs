// Server commands that change the test page's browser environment through puppeteer, for tests
// that must prove behaviour does not depend on the machine:
//   await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' })  (null resets)
//   await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] })
// and one that reads what a screen reader is given: the text of the accessibility tree under the
// element with that id (shadow roots included, CSS generated content included), one node a line:
//   await executeServerCommand('accessibility-text', { id: 'card' })  ->  ['heading: Titre', 'text: ·', ...]
export function browserControlPlugin() {
  return {
    name: 'roseup-browser-control',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone' && command !== 'emulate-media-features' && command !== 'accessibility-text') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'accessibility-text') {
        const root = await page.$(`#${payload.id}`);
        const tree = await page.accessibility.snapshot({ root, interestingOnly: false });
        const lines = [];
        const walk = (node) => {
          if (node.name && node.role !== 'InlineTextBox') lines.push(`${node.role === 'StaticText' ? 'text' : node.role}: ${node.name}`);
          for (const child of node.children ?? []) walk(child);
        };
        if (tree) walk(tree);
        return lines;
      }
      if (command === 'emulate-timezone') await page.emulateTimezone(payload?.timezoneId ?? undefined);
      else await page.emulateMediaFeatures(payload?.features ?? []);
      return true;
    },
  };
}
