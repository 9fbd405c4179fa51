// The README is a contract: every public attribute, CSS part and event in the custom-elements
// manifest (generated from the JSDoc by `npm run build`) must appear in the README's section for
// its element, and the README must not document attributes that do not exist.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);

function section(tag) {
  const start = readme.indexOf(`### \`<${tag}>\``);
  if (start < 0) return undefined;
  const next = readme.indexOf('\n### ', start + 5);
  const nextH2 = readme.indexOf('\n## ', start + 5);
  const end = Math.min(...[next, nextH2, readme.length].filter((n) => n > start));
  return readme.slice(start, end);
}

describe('README documents the public API from custom-elements.json', () => {
  it('the manifest lists every element', () => {
    const tags = declarations.map((d) => d.tagName).sort();
    assert.ok(tags.includes('roseup-article-card'), `manifest tags: ${tags.join(', ')}`);
  });

  for (const decl of declarations) {
    describe(`<${decl.tagName}>`, () => {
      const text = section(decl.tagName);
      it('has a README section', () => assert.ok(text, `README has no "### \`<${decl.tagName}>\`" section`));
      if (!text) return;

      const attributes = (decl.attributes ?? []).map((a) => a.name);
      it('documents every attribute in its table', () => {
        for (const name of attributes) assert.ok(text.includes(`| \`${name}\` |`), `attribute "${name}" is missing from the table`);
      });

      it('documents no attribute that does not exist', () => {
        const documented = [...text.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
        for (const name of documented) assert.ok(attributes.includes(name), `README documents "${name}", which <${decl.tagName}> does not have`);
      });

      it('names every CSS part', () => {
        for (const part of decl.cssParts ?? []) assert.ok(text.includes(`\`${part.name}\``), `part "${part.name}" is not named`);
      });

      it('lists every event it fires in the events table', () => {
        for (const event of decl.events ?? []) assert.ok(readme.includes(`| \`${event.name}\` |`), `event "${event.name}" is not in the events table`);
      });
    });
  }
});
