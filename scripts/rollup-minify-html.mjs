// Drops the indentation inside Lit's html`` and svg`` template literals, which the JS minifier
// leaves untouched (they are strings to it): a newline followed by spaces or tabs becomes the
// newline alone. Rendering does not change: outside `pre`-like white-space (none in our
// templates' own text), a run of white space shows as one space whatever it holds, and attribute
// values keep a separator. Only the static text between interpolations is changed.
export function minifyLitHtml() {
  return {
    name: 'minify-lit-html',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg)`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const collapsed = raw.replace(/\n[ \t]+/g, '\n');
            if (collapsed !== raw) edits.push([quasi.start, quasi.end, collapsed]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
