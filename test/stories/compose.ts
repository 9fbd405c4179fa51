/**
 * Renders a CSF story outside Storybook, the way Storybook's web-components renderer does:
 * args = meta.args + story.args, beforeEach hooks (and their cleanups), loaders, decorators,
 * then story.render ?? meta.render ?? the default render (an element of `component` with the
 * args set as properties), inside the same frame as the preview (stories/support/frame.ts).
 *
 * Storybook's own `composeStories` lives in `storybook/preview-api`, which pulls in
 * @testing-library (CommonJS) and so cannot be loaded by @web/test-runner without a CommonJS
 * plugin; this is the small part of it the stories use.
 */
import { render as litRender, nothing } from 'lit';
import { frame, frameWidth } from '../../stories/support/frame.js';
import { isolateStory } from '../../stories/support/isolation.js';

type Args = Record<string, unknown>;
type Cleanup = () => unknown;
type Hook = (context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
type Render = (args: Args, context: StoryContext) => unknown;
type Play = (context: StoryContext) => unknown;

export interface CsfAnnotations {
  title?: string;
  name?: string;
  component?: unknown;
  args?: Args;
  parameters?: Record<string, unknown>;
  beforeEach?: Hook | Hook[];
  loaders?: Hook | Hook[];
  decorators?: Decorator | Decorator[];
  render?: Render;
  play?: Play;
  tags?: string[];
}

export interface StoryModule {
  default: CsfAnnotations;
  [exportName: string]: unknown;
}

export interface StoryContext {
  id: string;
  name: string;
  title: string;
  component?: unknown;
  args: Args;
  initialArgs: Args;
  argTypes: Record<string, unknown>;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
  step: (label: string, play: () => unknown) => Promise<void>;
  /** Labels of the steps run so far (for test output). */
  steps: string[];
}

export interface ComposedStory {
  exportName: string;
  id: string;
  name: string;
  title: string;
  meta: CsfAnnotations;
  story: CsfAnnotations;
  args: Args;
  parameters: Record<string, unknown>;
  play?: Play;
}

export interface MountedStory {
  context: StoryContext;
  /** Runs the story's play function, if any. */
  play(): Promise<void>;
  /** Runs the beforeEach cleanups and empties the canvas. */
  unmount(): Promise<void>;
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Storybook's id rules, enough for our titles: lowercase, runs of other characters become `-`. */
export const toId = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The export name as Storybook shows it when the story has no `name`: `NoImage` -> `No Image`. */
const storyNameFromExport = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

type ExportFilter = string[] | RegExp;
const matchesFilter = (filter: ExportFilter, key: string) => (Array.isArray(filter) ? filter.includes(key) : filter.test(key));

function isStory(key: string, value: unknown, meta: CsfAnnotations & { includeStories?: ExportFilter; excludeStories?: ExportFilter }): boolean {
  if (key === 'default' || key === '__namedExportsOrder') return false;
  if (meta.includeStories && !matchesFilter(meta.includeStories, key)) return false;
  if (meta.excludeStories && matchesFilter(meta.excludeStories, key)) return false;
  return typeof value === 'function' || (typeof value === 'object' && value !== null);
}

/** Every story of a CSF module, in export order, with its args and parameters merged. */
export function composeStories(module: StoryModule): ComposedStory[] {
  const meta = module.default;
  const title = meta.title ?? 'Untitled';
  return Object.entries(module)
    .filter(([key, value]) => isStory(key, value, meta))
    .map(([exportName, value]) => {
      const story: CsfAnnotations = typeof value === 'function' ? { render: value as Render } : (value as CsfAnnotations);
      return {
        exportName,
        id: `${toId(title)}--${toId(storyNameFromExport(exportName))}`,
        name: story.name ?? storyNameFromExport(exportName),
        title,
        meta,
        story,
        args: { ...meta.args, ...story.args },
        parameters: { ...meta.parameters, ...story.parameters },
        play: story.play ?? meta.play,
      };
    });
}

/** Storybook's default web-components render: the component's element, args set as properties. */
function defaultRender(args: Args, context: StoryContext): HTMLElement {
  if (typeof context.component !== 'string') throw new Error(`Story ${context.id} has neither render nor component`);
  const element = document.createElement(context.component) as HTMLElement & Record<string, unknown>;
  for (const [key, value] of Object.entries(args)) element[key] = value;
  return element;
}

/** Renders `composed` into `canvas` (which should be connected), after its beforeEach hooks. */
export async function mountStory(composed: ComposedStory, canvas: HTMLElement, globals: Record<string, unknown> = { lang: 'fr' }): Promise<MountedStory> {
  const { meta, story } = composed;
  const steps: string[] = [];
  const context: StoryContext = {
    id: composed.id,
    name: composed.name,
    title: composed.title,
    component: meta.component,
    args: { ...composed.args },
    initialArgs: { ...composed.args },
    argTypes: {},
    parameters: composed.parameters,
    globals,
    loaded: {},
    canvasElement: canvas,
    steps,
    step: async (label, play) => {
      steps.push(label);
      try {
        await play();
      } catch (error) {
        if (error instanceof Error) error.message = `${label} — ${error.message}`;
        throw error;
      }
    },
  };

  const cleanups: Cleanup[] = [];
  // The project's beforeEach first (.storybook/preview.ts), as Storybook runs them.
  for (const hook of [isolateStory as Hook, ...list(meta.beforeEach), ...list(story.beforeEach)]) {
    const cleanup = await hook(context);
    if (typeof cleanup === 'function') cleanups.push(cleanup as Cleanup);
  }
  for (const loader of [...list(meta.loaders), ...list(story.loaders)]) {
    Object.assign(context.loaded, (await loader(context)) ?? {});
  }

  const renderStory = story.render ?? meta.render ?? defaultRender;
  // Story decorators wrap the story first, then the component's (Storybook's order).
  let storyFn: () => unknown = () => renderStory(context.args, context);
  for (const decorator of [...list(story.decorators), ...list(meta.decorators)]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  const width = frameWidth(context.parameters.width, context.args);
  litRender(frame(storyFn(), { lang: String(globals.lang ?? 'fr'), width }), canvas);

  return {
    context,
    play: async () => {
      await composed.play?.(context);
    },
    unmount: async () => {
      litRender(nothing, canvas);
      canvas.replaceChildren();
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}

type Lit = HTMLElement & { updateComplete?: Promise<unknown>; feedTask?: { status: number } };

/** Every RoseUp element under `root`, including inside shadow roots. */
export function deepElements(root: ParentNode): Lit[] {
  const found: Lit[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll<Lit>('*')) {
      if (element.localName.startsWith('roseup-')) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
}

const PENDING = 1; // @lit/task TaskStatus.PENDING

/**
 * Waits until every RoseUp element under `root` has rendered and none is waiting for its feed
 * (unless `waitForFeeds` is false: the loading stories never finish on purpose).
 */
export async function settle(root: HTMLElement, { waitForFeeds = true, timeout = 8000 } = {}): Promise<void> {
  const start = performance.now();
  for (;;) {
    const elements = deepElements(root);
    await Promise.all(elements.map((element) => element.updateComplete));
    const busy = waitForFeeds && elements.some((element) => element.feedTask?.status === PENDING);
    if (!busy) break;
    if (performance.now() - start > timeout) throw new Error('Timed out waiting for the feed to load');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Nested elements created by the last render, and their first paint.
  await Promise.all(deepElements(root).map((element) => element.updateComplete));
  // Two frames, or 50 ms when the tab gets no frames (test files run two at a time).
  await Promise.race([
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    new Promise((resolve) => setTimeout(resolve, 50)),
  ]);
}
