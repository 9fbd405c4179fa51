// Types of @roseup/elements/react: every tag, typed props and typed onroseup-* handlers.
import type {} from '@roseup/elements/react';
import type { FeedItem } from '@roseup/elements/data';

declare const item: FeedItem;

export const right = (
  <>
    <roseup-article-card article={item} variant="horizontal" headingLevel={2} noBookmark onroseup-error={(event) => event.detail.reason} />
    <roseup-article-list category="soins" limit={3} layout="list" onroseup-load={(event) => event.detail.stale} />
    <roseup-event-list filters now={new Date()} attendance="online" />
    <roseup-bookmark-button itemId="https://www.rose-up.fr/x/" itemTitle="X" onroseup-bookmark-change={(event) => event.detail.persistent} />
    <roseup-bookmark-list heading="Mes favoris" className="favorites" />
    <roseup-search maxResults={5} rememberRecent onroseup-search-select={(event) => event.detail.item?.title} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error headingLevel is a number */}
    <roseup-article-card headingLevel="three" />
    {/* @ts-expect-error variant is vertical, horizontal or compact */}
    <roseup-article-card variant="diagonal" />
    {/* @ts-expect-error the search has no maxResult property (maxResults) */}
    <roseup-search maxResult={3} />
    {/* @ts-expect-error the handler gets a bookmark change, not a search choice */}
    <roseup-bookmark-button onroseup-bookmark-change={(event: CustomEvent<{ query: string }>) => event.detail.query} />
    <roseup-event-list
      onroseup-load={(event) => {
        // @ts-expect-error the load detail has no such field
        return event.detail.nope;
      }}
    />
  </>
);
