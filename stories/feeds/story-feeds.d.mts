/** Types for ./story-feeds.mjs (Node only). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const STORY_FEEDS_PATH: 'story-feeds';
/** Names with a body; any other name answers 404. `slow` answers the sample feed after 60 s (dev server only). */
export declare const STORY_FEED_NAMES: readonly string[];

export interface StoryFeedOptions {
  /** The instant events are laid out around (default: now). */
  now?: Date;
}

export interface StoryFeedAnswer {
  status: number;
  type: string;
  body: string | Buffer;
  delayMs?: number;
}

export declare function storyFeedBody(name: string, options?: StoryFeedOptions): string | undefined;
export declare function storyFeedFiles(options?: StoryFeedOptions): Array<{ path: string; body: string | Buffer }>;
export declare function storyFeedResponse(pathname: string, options?: StoryFeedOptions): StoryFeedAnswer | undefined;

type ConnectNext = (error?: unknown) => void;
type KoaContext = { req: IncomingMessage; res: ServerResponse; set(headers: Record<string, string>): void; status: number; type: string; body: unknown };

/** Connect `(req, res, next)` and Koa `(ctx, next)` middleware serving /story-feeds/. */
export declare function storyFeedsMiddleware(): {
  (req: IncomingMessage, res: ServerResponse, next: ConnectNext): Promise<unknown>;
  (ctx: KoaContext, next: () => Promise<unknown>): Promise<unknown>;
};
export declare function storyModules(): string[];
