/**
 * Readable plain text from an HTML fragment (a feed item's `content_html`), without a DOM:
 * `DOMParser` and `innerHTML` are Trusted Types sinks that a strict partner page forbids, and
 * the data layer also runs in Node. The result is only ever rendered as text.
 *
 * Scripts, styles, templates and comments are dropped with their content; block elements become
 * line breaks (a blank line between paragraphs); other tags are removed; character references
 * (`&eacute;`, `&#8217;`, `&#x27;`) are decoded. Something that is not a tag, such as the `<` in
 * "a < b", is kept as text.
 */

// The inside of a tag: anything but "<" or ">", except in a quoted attribute value (bounded, and
// no "<" outside quotes: a hostile feed of unclosed "<a" must not make this quadratic).
const INSIDE = String.raw`(?:[^<>"']|"[^"]{0,4000}"|'[^']{0,4000}')*`;
const PARAGRAPH = new RegExp(String.raw`<\/?(p|div|h[1-6]|ul|ol|dl|blockquote|pre|table|section|article|header|footer|aside|figure|hr)\b${INSIDE}>`, 'gi');
const LINE = new RegExp(String.raw`<(br|li|dt|dd|tr|figcaption)\b${INSIDE}>`, 'gi');
const CELL = new RegExp(String.raw`<\/(td|th)\b${INSIDE}>`, 'gi');
const TAG = new RegExp(String.raw`<\/?[a-zA-Z]${INSIDE}>`, 'g');
const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', hellip: '…', ndash: '–', mdash: '—', bull: '•', middot: '·', deg: '°', euro: '€',
  copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', sect: '§', para: '¶', plusmn: '±',
  frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', ordf: 'ª', ordm: 'º', iexcl: '¡',
  iquest: '¿', cent: '¢', pound: '£', yen: '¥', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
  aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', oslash: 'ø', Oslash: 'Ø', szlig: 'ß', eth: 'ð', thorn: 'þ',
  lsaquo: '‹', rsaquo: '›', micro: 'µ', le: '≤', ge: '≥', ne: '≠', minus: '−', permil: '‰', dagger: '†', Dagger: '‡',
  // Invisible joiners and direction marks: nothing to read.
  zwnj: '', zwj: '', lrm: '', rlm: '',
};

// Accented letters by name: "eacute" is e + combining acute, composed (é). Case follows the letter.
const MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' };
const ACCENTED = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil)$/;

// Numbers 128-159 stand for Windows-1252 characters in HTML ("&#146;" is "’"), as old CMSs wrote
// them; a space here is one of the five it leaves unassigned (dropped, like other controls).
const WINDOWS_1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

function decodeReference(reference: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (code >= 0x80 && code < 0xa0) return WINDOWS_1252[code - 0x80].trim();
    // Nothing, control characters and lone surrogates would not be text.
    if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20 || code === 0x7f) return code === 9 || code === 10 ? ' ' : '';
    return String.fromCodePoint(code);
  }
  // Own names only: "&constructor;" or "&__proto__;" must not reach Object.prototype.
  if (Object.hasOwn(NAMED, name)) return NAMED[name];
  const accented = ACCENTED.exec(name);
  return accented ? (accented[1] + MARKS[accented[2]]).normalize('NFC') : reference;
}

const DROPPED_ELEMENT = /^<(script|style|template|noscript|iframe|object|svg|math)(?=[\s/>])/;

/**
 * Removes comments, declarations and the elements whose content is not text (scripts, styles…),
 * with a scan rather than a regular expression: "<!--" repeated without an end must cost one
 * pass, not one pass per "<!--". Like a browser, an unclosed one runs to the end.
 */
function dropNonText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  const skipTo = (from: number, end: string) => {
    const at = lower.indexOf(end, from);
    i = at < 0 ? html.length : at + end.length;
    out += ' ';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    out += html.slice(i, lt);
    if (lower.startsWith('<!--', lt)) skipTo(lt + 4, '-->');
    else if (lower.startsWith('<![cdata[', lt)) skipTo(lt + 9, ']]>');
    else if (lower.startsWith('<!', lt) || lower.startsWith('<?', lt)) skipTo(lt + 2, '>');
    else {
      const element = 'stniom'.includes(lower[lt + 1] ?? ' ') ? DROPPED_ELEMENT.exec(lower.slice(lt, lt + 10)) : null;
      if (element) {
        skipTo(lt + 1, `</${element[1]}`);
        if (i < html.length) skipTo(i, '>');
      } else {
        out += '<';
        i = lt + 1;
      }
    }
  }
  return i < html.length ? out + html.slice(i) : out;
}

export function htmlToText(html: string): string {
  return dropNonText(html)
    .replace(PARAGRAPH, '\n\n')
    .replace(LINE, '\n')
    .replace(CELL, ' ')
    .replace(TAG, '')
    .replace(REFERENCE, decodeReference)
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
