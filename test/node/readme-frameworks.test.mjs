// The README's framework snippets are the code the example apps compile: each code block after a
// `<!-- snippet: examples/… -->` comment must appear, line for line (indentation aside), in that
// file. The apps themselves are installed, type-checked, built and run by
// test/e2e/examples.test.mjs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const snippets = [...readme.matchAll(/<!-- snippet: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map(([, file, code]) => ({ file, code }));
const lines = (text) => text.split('\n').map((line) => line.trim());

describe('README framework snippets', () => {
  it('has snippets from each example app', () => {
    for (const app of ['vanilla', 'react', 'vue']) {
      assert.ok(snippets.some((s) => s.file.startsWith(`examples/${app}/`)), `no snippet from examples/${app}`);
    }
  });

  for (const { file, code } of snippets) {
    it(`${file}: ${code.split('\n')[0].trim()}`, () => {
      assert.match(file, /^examples\//, 'snippets come from the examples');
      const source = lines(readFileSync(new URL(file, root), 'utf8'));
      const wanted = lines(code);
      const found = source.some((_, start) => wanted.every((line, i) => source[start + i] === line));
      assert.ok(found, `this snippet is not in ${file}:\n${code}`);
    });
  }
});
