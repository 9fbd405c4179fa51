import { expect } from '@open-wc/testing';
import { htmlToText } from './html-text.js';

describe('htmlToText (content_html as readable text)', () => {
  it('decodes named, accented and numeric character references', () => {
    expect(htmlToText('Caf&eacute; &amp; th&eacute; : l&#8217;alimentation &lt;saine&gt;&nbsp;! &Eacute;t&eacute; &oelig;uf &#x27;ok&#x27; &hellip;')).to.equal(
      'Café & thé : l’alimentation <saine>\u00a0! Été œuf \'ok\' …',
    );
  });

  it('decodes the named references of health and French typography: doses, comparisons, quotes, invisible marks', () => {
    expect(htmlToText('500&nbsp;&micro;g &le; 1&nbsp;mg &ge; 0,5 &minus;2 &ne; 3 &permil; &lsaquo;a&rsaquo; Taxol&reg;&dagger; a&zwnj;b&zwj;c&lrm;d&rlm;e')).to.equal(
      '500\u00a0µg ≤ 1\u00a0mg ≥ 0,5 −2 ≠ 3 ‰ ‹a› Taxol®† abcde',
    );
  });

  it('keeps an unknown reference and a bare ampersand as they are', () => {
    expect(htmlToText('R&D &unknownentity; 5 &lt 6')).to.equal('R&D &unknownentity; 5 &lt 6');
  });

  it('keeps names of Object.prototype members as text: only its own table decodes', () => {
    expect(htmlToText('&constructor; &toString; &__proto__; &hasOwnProperty; &valueOf;')).to.equal(
      '&constructor; &toString; &__proto__; &hasOwnProperty; &valueOf;',
    );
  });

  it('drops scripts, styles and comments with their content, and keeps text that only looks like markup', () => {
    expect(htmlToText('<p>Avant</p><script>var x = "<p>";</script><style>p{color:red}</style><!-- note --><p>a < b and c > d</p>')).to.equal(
      'Avant\n\na < b and c > d',
    );
  });

  it('turns blocks into paragraphs and line breaks, and inline tags into nothing', () => {
    expect(htmlToText('<h2>Titre</h2><p>Un <strong>mot</strong>, un <a href="x">lien</a>.<br>Ligne 2</p><ul><li>un</li><li>deux</li></ul>')).to.equal(
      'Titre\n\nUn mot, un lien.\nLigne 2\n\nun\ndeux',
    );
  });

  it('never produces markup from encoded markup: it stays text', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('drops references to nothing, control characters and surrogates', () => {
    expect(htmlToText('a&#0;b&#1;c&#xD800;d&#9;e')).to.equal('abcd e');
  });
  it('reads numeric references 128-159 as Windows-1252, as browsers do: l&#146;équipe is l’équipe, not a control character', () => {
    // Old CMSs wrote Windows-1252 code points as references; HTML maps them (a C1 control would
    // show as nothing, or a box). The five numbers Windows-1252 leaves unassigned, and DEL, are dropped.
    expect(htmlToText('l&#146;&eacute;quipe &#150; &#147;oui&#148; &#133; &#128;5 &#156;uvre &#x9F;&#x81;&#x8d;&#x8F;&#x90;&#x9D;&#127;!')).to.equal(
      'l’équipe – “oui” … €5 œuvre Ÿ!',
    );
  });
  it('reads tags whose quoted attributes hold ">"', () => {
    expect(htmlToText('<p class="x">Un <a title="a>b" href=\'/x?a>1\'>lien</a> utile</p>')).to.equal('Un lien utile');
  });
  it('drops an unclosed script or comment to the end, as a browser does', () => {
    expect(htmlToText('<p>Avant</p><script>var a = 1; <p>jamais')).to.equal('Avant');
    expect(htmlToText('Avant<!-- jamais')).to.equal('Avant');
  });
});
