/**
 * The six RoseUp elements as frameworks see them: each tag's element class, the public
 * properties a template may set, and the `roseup-*` events it fires. The property types are
 * taken from the element classes themselves (`Pick`), so they follow the code; a property that
 * disappears from a class makes these types fail to compile instead of drifting.
 * Used by `@roseup/elements/react` and `@roseup/elements/vue`.
 */
import type {
  RoseUpArticleCard,
  RoseUpArticleList,
  RoseUpBookmarkButton,
  RoseUpBookmarkList,
  RoseUpEventList,
  RoseUpEventMap,
  RoseUpSearch,
} from '../dist/npm/index.js';

/** The properties `K` of element `E`, all optional (each has a default or may be omitted). */
type Props<E, K extends keyof E> = { [P in K]?: E[P] };

export interface RoseUpElementTypes {
  'roseup-article-card': {
    element: RoseUpArticleCard;
    props: Props<RoseUpArticleCard, 'feed' | 'articleId' | 'article' | 'variant' | 'headingLevel' | 'noImage' | 'noSummary' | 'noBookmark'>;
    events: 'roseup-load' | 'roseup-error' | 'roseup-bookmark-change';
  };
  'roseup-article-list': {
    element: RoseUpArticleList;
    props: Props<
      RoseUpArticleList,
      'feed' | 'category' | 'format' | 'kind' | 'limit' | 'layout' | 'heading' | 'headingLevel' | 'noImage' | 'noSummary'
    >;
    events: 'roseup-load' | 'roseup-error' | 'roseup-bookmark-change';
  };
  'roseup-event-list': {
    element: RoseUpEventList;
    props: Props<
      RoseUpEventList,
      'feed' | 'category' | 'format' | 'attendance' | 'limit' | 'from' | 'until' | 'filters' | 'headingLevel' | 'now'
    >;
    events: 'roseup-load' | 'roseup-error' | 'roseup-bookmark-change';
  };
  'roseup-bookmark-button': {
    element: RoseUpBookmarkButton;
    props: Props<RoseUpBookmarkButton, 'itemId' | 'itemTitle' | 'itemUrl'>;
    events: 'roseup-bookmark-change' | 'roseup-error';
  };
  'roseup-bookmark-list': {
    element: RoseUpBookmarkList;
    props: Props<RoseUpBookmarkList, 'feed' | 'heading' | 'headingLevel'>;
    events: 'roseup-load' | 'roseup-error' | 'roseup-bookmark-change';
  };
  'roseup-search': {
    element: RoseUpSearch;
    props: Props<RoseUpSearch, 'feed' | 'action' | 'label' | 'placeholder' | 'minLength' | 'maxResults' | 'rememberRecent'>;
    events: 'roseup-search-select' | 'roseup-load' | 'roseup-error';
  };
}

export type RoseUpTagName = keyof RoseUpElementTypes;

/** The event a `roseup-*` listener receives: a `CustomEvent` with the typed `detail`. */
export type RoseUpEvent<N extends keyof RoseUpEventMap> = CustomEvent<RoseUpEventMap[N]>;
