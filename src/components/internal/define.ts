import { VERSION } from '../../version.js';

type Versioned = CustomElementConstructor & { roseupVersion?: string };

/**
 * Registers `tag` unless it is already registered. A second copy of the bundle (or a second
 * `define`) must not throw on a partner's page: the first definition wins and a warning names
 * both versions.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `[roseup] <${tag}> is already defined by RoseUp Elements ${existing.roseupVersion ?? '(unknown version)'}; ` +
          `this copy (${VERSION}) is not registered. Include the script only once.`,
      );
    }
    return;
  }
  (constructor as Versioned).roseupVersion = VERSION;
  registry.define(tag, constructor);
}
