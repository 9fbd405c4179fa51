/**
 * What every element chunk of the CDN bundle shares (Lit, the feed element base and its feed
 * client, styles, registration). The loader imports this module as soon as the first element is on
 * the page, so that it downloads in parallel with that element's own code.
 */
export { FeedElement } from './feed-element.js';
export { baseStyles } from './styles.js';
export { define } from './define.js';
