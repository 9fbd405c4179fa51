// Feed parsing: reading a feed screens its items (what a card pays) and normalises each item only
// when read (what the search index pays, for all of them). Then
// content_html text extraction on hostile input (unclosed comments, scripts, tags), which must
// stay linear. Uses the built npm modules (dist/npm). Prints figures, asserts nothing.
import { performance } from 'node:perf_hooks';
import { buildSyntheticFeed } from '../../sample/synthetic-feed.mjs';

const root = new URL('../../', import.meta.url);
const { parseFeedText } = await import(new URL('dist/npm/data/normalize-feed.js', root));
const { htmlToText } = await import(new URL('dist/npm/data/html-text.js', root));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn, runs = 5) => median(Array.from({ length: runs }, () => {
  const started = performance.now();
  fn();
  return performance.now() - started;
}));

console.log('\nFeed parsing (Node, median of 5)');
for (const count of [500, 5000]) {
  const body = JSON.stringify(buildSyntheticFeed({ articles: Math.round(count * 0.8), events: Math.round(count * 0.2), now: new Date(), feedUrl: 'https://www.rose-up.fr/feed.json' }));
  const url = 'https://www.rose-up.fr/feed.json';
  const decode = time(() => JSON.parse(body));
  const read = time(() => parseFeedText(body, url));
  const one = time(() => parseFeedText(body, url).items.at(0));
  const all = time(() => [...parseFeedText(body, url).items]);
  console.log(
    `  ${String(count).padStart(5)} items, ${(body.length / 1024).toFixed(0)} KB: JSON.parse ${decode.toFixed(1)} ms; ` +
      `read (items screened) ${read.toFixed(1)} ms; + one item normalised ${one.toFixed(1)} ms; + every item ${all.toFixed(1)} ms`,
  );
}

console.log('\ncontent_html → text on hostile input, 200,000 characters (linear: a few ms each)');
for (const [label, input] of [
  ['unclosed comments', '<!--'.repeat(50000)],
  ['unclosed scripts', '<script>'.repeat(25000)],
  ['unclosed tags', '<a'.repeat(100000)],
  ['unclosed quotes', '<a title="'.repeat(20000)],
  ['text with "<"', `<p>${'x<y '.repeat(50000)}`],
  ['entities', '&eacute;'.repeat(25000)],
]) {
  console.log(`  ${label.padEnd(18)} ${time(() => htmlToText(input)).toFixed(1)} ms`);
}
