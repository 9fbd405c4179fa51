import { ELEMENT_SUMMARIES, INTERNAL_MEMBERS, frenchDescription, type EntryKind } from './fr.js';

/**
 * Reading the custom-elements manifest (custom-elements.json, schema 2.x) for Storybook's
 * controls and for the snippet builder. Only the parts we use are typed.
 */

export interface CemType {
  text: string;
}

export interface CemAttribute {
  name: string;
  fieldName?: string;
  type?: CemType;
  default?: string;
  description?: string;
}

export interface CemMember {
  kind: 'field' | 'method';
  name: string;
  type?: CemType;
  default?: string;
  description?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

export interface CemNamed {
  name: string;
  description?: string;
  default?: string;
}

export interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: CemAttribute[];
  members?: CemMember[];
  events?: CemNamed[];
  cssParts?: CemNamed[];
  cssProperties?: CemNamed[];
  slots?: CemNamed[];
}

export interface CemModule {
  kind: string;
  path: string;
  declarations?: CemDeclaration[];
}

export interface CustomElementsManifest {
  schemaVersion: string;
  modules: CemModule[];
}

/** Every custom element declared in the manifest, sorted by tag. */
export function customElements(manifest: CustomElementsManifest): CemDeclaration[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => !!declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
}

export function findElement(manifest: CustomElementsManifest, tag: string): CemDeclaration | undefined {
  return customElements(manifest).find((declaration) => declaration.tagName === tag);
}

/**
 * The manifest Storybook gets: for each element, the members a page author can use and that
 * no attribute already covers (`.article`, `bookmarked`). Private and protected members,
 * statics, plumbing (`feedUrl`, `now`, `refreshMs`: INTERNAL_MEMBERS) and the property twin of
 * each attribute would only add noise (and a second control for the same thing) to the tables.
 * Every description is the French one from stories/support/fr.ts (the English stays in the
 * package's manifest, for developers).
 */
export function storybookManifest(manifest: CustomElementsManifest): CustomElementsManifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.tagName) return declaration;
        const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
        const tag = declaration.tagName;
        const french = <T extends { name: string; description?: string }>(kind: EntryKind, entries: T[] | undefined): T[] | undefined =>
          entries?.map((entry) => ({ ...entry, description: frenchDescription(tag, kind, entry.name) ?? entry.description }));
        return {
          ...declaration,
          description: ELEMENT_SUMMARIES[tag] ?? declaration.description,
          summary: ELEMENT_SUMMARIES[tag] ?? declaration.summary,
          attributes: french('attribute', declaration.attributes),
          members: french(
            'member',
            (declaration.members ?? []).filter(
              (member) =>
                member.kind === 'field' &&
                !member.static &&
                (member.privacy ?? 'public') === 'public' &&
                !member.attribute &&
                !attributeFields.has(member.name) &&
                !INTERNAL_MEMBERS.has(member.name),
            ),
          ),
          events: french('event', declaration.events),
          slots: french('slot', declaration.slots),
          cssParts: french('part', declaration.cssParts),
          cssProperties: french('cssProperty', declaration.cssProperties),
        };
      }),
    })),
  };
}

export type AttributeKind =
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'text' };

const PRIMITIVES = new Set(['string', 'number', 'boolean']);

/**
 * What kind of value an attribute takes, from its declared type: `boolean`, `number`, a union of
 * string literals, or a named type (e.g. `CardVariant`) whose values the description lists in
 * backticks ("`vertical` (image on top), `horizontal` ... or `compact`"). Anything else is text.
 */
export function attributeKind(attribute: Pick<CemAttribute, 'type' | 'description'>): AttributeKind {
  const parts = (attribute.type?.text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number' };
  const literals = parts.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part));
  if (parts.length > 0 && literals.every(Boolean)) {
    return { kind: 'enum', options: literals.map((m) => m![1] ?? m![2]) };
  }
  if (parts.length === 1 && !PRIMITIVES.has(parts[0]) && /^[A-Z]\w*$/.test(parts[0])) {
    const options = [...new Set([...(attribute.description ?? '').matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]))];
    if (options.length > 1) return { kind: 'enum', options };
  }
  return { kind: 'text' };
}

/** The default value written in the manifest (`'vertical'`, `3`, `false`), unquoted. */
export function defaultValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(value.trim());
  return quoted ? (quoted[1] ?? quoted[2]) : value.trim();
}

interface ArgTypeLike {
  name?: string;
  type?: unknown;
  control?: unknown;
  options?: unknown;
  table?: { category?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * Storybook argTypes enhancer: turns the manifest's type texts into controls (`string |
 * undefined` is a text box, a `CardVariant` a radio group...) and turns off controls for
 * properties that take objects or cannot be set. Runs after the framework read the manifest.
 */
export function manifestControls(manifest: CustomElementsManifest) {
  return (context: { component?: unknown; argTypes: Record<string, ArgTypeLike> }): Record<string, ArgTypeLike> => {
    const tag = typeof context.component === 'string' ? context.component : undefined;
    const element = tag ? findElement(manifest, tag) : undefined;
    if (!element) return context.argTypes;
    const argTypes = { ...context.argTypes };
    for (const attribute of element.attributes ?? []) {
      const argType = argTypes[attribute.name];
      if (!argType || argType.control !== undefined || argType.options !== undefined) continue;
      const kind = attributeKind(attribute);
      const control =
        kind.kind === 'boolean'
          ? { type: 'boolean' }
          : kind.kind === 'number'
            ? { type: 'number' }
            : kind.kind === 'enum'
              ? { type: kind.options.length > 3 ? 'select' : 'inline-radio' }
              : { type: 'text' };
      argTypes[attribute.name] = {
        ...argType,
        type: { name: kind.kind === 'boolean' ? 'boolean' : kind.kind === 'number' ? 'number' : 'string', required: false },
        control,
        ...(kind.kind === 'enum' ? { options: kind.options } : {}),
      };
    }
    for (const member of element.members ?? []) {
      const argType = argTypes[member.name];
      if (!argType || argType.table?.category !== 'properties') continue;
      argTypes[member.name] = { ...argType, control: false };
    }
    for (const [name, argType] of Object.entries(argTypes)) {
      const category = argType.table?.category;
      if (category === 'css custom properties' && argType.control === undefined) {
        // Set on the element's style attribute by stories/support/render.ts, and shown in the snippet.
        argTypes[name] = { ...argType, type: { name: 'string', required: false }, control: { type: name.includes('color') ? 'color' : 'text' } };
      } else if ((category === 'events' || category === 'css shadow parts' || category === 'slots') && argType.control === undefined) {
        argTypes[name] = { ...argType, control: false };
      }
    }
    return argTypes;
  };
}
