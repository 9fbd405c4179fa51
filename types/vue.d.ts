/**
 * Vue 3 types for the RoseUp elements: the six tags as global components, so that `vue-tsc`
 * (with `strictTemplates`) checks their properties (`:article="item"`, `item-title="…"`) and
 * their `@roseup-*` listeners. At run time Vue must leave the tags to the browser:
 * `compilerOptions.isCustomElement: (tag) => tag.startsWith('roseup-')`.
 *
 *   // env.d.ts (or any file the project type-checks)
 *   import type {} from '@roseup/elements/vue';
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { RoseUpEventMap } from '../dist/npm/index.js';
import type { RoseUpElementTypes, RoseUpEvent, RoseUpTagName } from './elements.js';

export type * from './elements.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `@roseup-load` in a template is the `onRoseupLoad` prop. */
export type RoseUpVueEvents<N extends keyof RoseUpEventMap> = {
  [E in N as `on${Capitalize<Camel<E>>}`]?: (event: RoseUpEvent<E>) => void;
};

/** The props of one tag: its properties, its events, and the common HTML attributes (`id`, `lang`…). */
export type RoseUpVueProps<T extends RoseUpTagName> = RoseUpElementTypes[T]['props'] &
  RoseUpVueEvents<RoseUpElementTypes[T]['events']> &
  Omit<HTMLAttributes, keyof RoseUpElementTypes[T]['props']>;

export type RoseUpVueComponent<T extends RoseUpTagName> = DefineComponent<RoseUpVueProps<T>>;

type RoseUpGlobalComponents = { [T in RoseUpTagName]: RoseUpVueComponent<T> };

declare module 'vue' {
  interface GlobalComponents extends RoseUpGlobalComponents {}
}
