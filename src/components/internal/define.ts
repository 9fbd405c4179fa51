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
        existing.roseupVersion
          ? `[roseup] <${tag}> is already defined by RoseUp Elements ${existing.roseupVersion}; this copy (${VERSION}) is not registered. Include the script only once.`
          : `[roseup] <${tag}> is already defined by the page, not by RoseUp Elements; RoseUp Elements ${VERSION} cannot register it, and elements that show it will be incomplete.`,
      );
    }
    return;
  }
  (constructor as Versioned).roseupVersion = VERSION;
  registry.define(tag, constructor);
}
