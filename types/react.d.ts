/**
 * React 19 types for the RoseUp elements: the six tags as JSX intrinsic elements, with typed
 * properties (React 19 sets them as properties: `article={item}`, `itemTitle="…"`) and typed
 * `onroseup-*` event props (React 19 adds them as listeners of the `roseup-*` events).
 *
 *   import '@roseup/elements/article-card';
 *   import type {} from '@roseup/elements/react';
 *
 *   <roseup-article-card articleId={id} onroseup-load={(event) => event.detail.stale} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RoseUpEventMap } from '../dist/npm/index.js';
import type { RoseUpElementTypes, RoseUpEvent, RoseUpTagName } from './elements.js';

export type * from './elements.js';

/** `onroseup-load`, `onroseup-error`…: React 19 listens to the event named after `on`. */
export type RoseUpReactEvents<N extends keyof RoseUpEventMap> = {
  [E in N as `on${E}`]?: (event: RoseUpEvent<E>) => void;
};

/** The JSX props of one tag: its properties, its events, and React's common HTML props. */
export type RoseUpReactProps<T extends RoseUpTagName> = RoseUpElementTypes[T]['props'] &
  RoseUpReactEvents<RoseUpElementTypes[T]['events']> &
  Omit<
    DetailedHTMLProps<HTMLAttributes<RoseUpElementTypes[T]['element']>, RoseUpElementTypes[T]['element']>,
    keyof RoseUpElementTypes[T]['props']
  >;

type RoseUpIntrinsicElements = { [T in RoseUpTagName]: RoseUpReactProps<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends RoseUpIntrinsicElements {}
  }
}
