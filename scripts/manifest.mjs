// The custom-elements manifest as the package ships it. The analyzer describes the TypeScript
// sources; tools that read the manifest from node_modules (IDEs, Storybook, linters) need the
// files a consumer has: each module's path becomes its dist/npm/….js file, modules that the
// package does not ship are left out, and each define.ts gains the `custom-element-definition`
// export the analyzer cannot see (the elements register through define(), not
// customElements.define directly).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = /^\/?src\/(.+)\.(ts|js)$/;
const shipped = (path) => path.replace(SOURCE, 'dist/npm/$1.js');

/** Every `module` and `path` string below `value` that names a source file, as its shipped file. */
function rewritePaths(value) {
  if (Array.isArray(value)) return value.map(rewritePaths);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, (key === 'module' || key === 'path') && typeof v === 'string' && SOURCE.test(v) ? shipped(v) : rewritePaths(v)]),
  );
}

/**
 * @param {object} manifest the analyzer's output (paths under src/)
 * @param {string} root the repository, where src/ and dist/npm/ are
 */
export function shippedManifest(manifest, root) {
  const modules = manifest.modules.filter((module) => existsSync(join(root, shipped(module.path))));
  // Where each element class is declared (define.ts only re-exports it).
  const elementModule = new Map();
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elementModule.set(declaration.name, module.path);
    }
  }
  for (const module of modules) {
    if (!module.path.endsWith('/define.ts')) continue;
    const source = readFileSync(join(root, module.path), 'utf8');
    for (const [, tag, name] of source.matchAll(/\bdefine\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]+)['"]\s*,\s*(\w+)\s*\)/g)) {
      const declared = elementModule.get(name);
      if (!declared) throw new Error(`${module.path} defines <${tag}> with ${name}, which the manifest does not describe`);
      for (const entry of module.exports ?? []) {
        if (entry.kind === 'js' && entry.name === name) entry.declaration.module = declared;
      }
      module.exports = [...(module.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name, module: declared } }];
    }
  }
  return rewritePaths({ ...manifest, modules });
}
