// RoseUp Elements in a React 19 app: React 19 sets the elements' properties (article={item},
// itemTitle="…") and listens to their events with onroseup-* props; the types come from
// @roseup/elements/react.
import { useEffect, useState } from 'react';
import '@roseup/elements/article-card';
import '@roseup/elements/bookmark-button';
import '@roseup/elements/search';
import { loadFeed, type FeedItem } from '@roseup/elements/data';
import type {} from '@roseup/elements/react';

const FEED = '/demo/feed.json';
const LOI_LEMOINE = 'https://www.rose-up.fr/magazine/loi-lemoine-une-loi-encore-mal-appliquee/';

export function App() {
  const [events, setEvents] = useState<{ name: string; text: string }[]>([]);
  const [article, setArticle] = useState<FeedItem>();
  const record = (name: string, text: string) => setEvents((list) => [...list, { name, text }]);

  useEffect(() => {
    void loadFeed(FEED).then(({ feed }) => setArticle(feed.items.at(1)));
  }, []);

  return (
    <>
      <roseup-search
        id="search"
        feed={FEED}
        onroseup-search-select={(event) => {
          event.preventDefault();
          record('roseup-search-select', event.detail.item?.title ?? event.detail.query);
        }}
      />
      <roseup-article-card id="from-feed" feed={FEED} articleId={LOI_LEMOINE} onroseup-load={(event) => record('roseup-load', event.detail.url)} />
      <roseup-article-card
        id="missing"
        feed={FEED}
        articleId="https://www.rose-up.fr/magazine/nulle-part/"
        onroseup-error={(event) => record('roseup-error', event.detail.reason)}
      />
      {article && <roseup-article-card id="given" variant="compact" article={article} />}
      <roseup-bookmark-button
        id="button"
        itemId={LOI_LEMOINE}
        itemTitle="Loi Lemoine : une loi encore mal appliquée"
        onroseup-bookmark-change={(event) => record('roseup-bookmark-change', String(event.detail.bookmarked))}
      />
      <ul id="events">
        {events.map((event, index) => (
          <li key={index}>
            {event.name}: {event.text}
          </li>
        ))}
      </ul>
    </>
  );
}
