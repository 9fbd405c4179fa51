// Collapses the whitespace and comments inside Lit's css`` template literals, which the JS
// minifier leaves untouched (they are strings to it). Only the static text between
// interpolations is changed.
export function minifyLitCss() {
  const collapse = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_match, body) => `css\`${body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : collapse(part))).join('')}\``);
      return { code: out, map: null };
    },
  };
}
