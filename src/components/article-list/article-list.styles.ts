import { css } from 'lit';

export const articleListStyles = css`
  /* Widths in em, of the element's own text (medium), not rem: a page's html { font-size: 62.5% }
     must not squeeze 16 px text into 150 px columns. */
  :host {
    container-type: inline-size;
    --_column: var(--roseup-list-column-min, 15em);
  }
  /* The partner's fallback (shown under the error message) often repeats the list's heading:
     when the element shows its own, the copy would be read twice. */
  :host([heading]) ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
    display: none;
  }
  .heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    margin-bottom: calc(var(--_space) * 0.75);
  }
  /* One column below the minimum width (a 320 px phone), as many as fit above it. */
  .items.grid,
  .loading.grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
    gap: var(--_space);
  }
  .items.list,
  .loading.list {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .items > li {
    display: flex;
    min-width: 0;
    border-radius: var(--_radius);
  }
  .items > li > roseup-article-card {
    flex: 1;
    min-width: 0;
  }
  /* Loading: each card the size it will have (the card's box): a 16:9 image (of the column's
     width) and the card's text allowance for that width; without images, the text alone. */
  .placeholder {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .placeholder .image {
    aspect-ratio: 16 / 9;
  }
  .placeholder .text {
    height: calc(clamp(24em, 24em + (26em - 100cqw) * 1.6, 37.5em) - 2px);
  }
  .loading.no-image .placeholder .image {
    display: none;
  }
  .loading.no-image .placeholder .text {
    height: clamp(24em, 24em + (26em - 100cqw) * 1.6, 37.5em);
  }
  /* The list layout's cards lie beside their image once there is room (34em), like the cards. */
  @container (min-width: 34em) {
    .loading.list .placeholder .image {
      display: none;
    }
    .loading.list .placeholder .text {
      height: 25em;
    }
  }
  .more,
  .end {
    margin-top: var(--_space);
  }
  .end {
    color: var(--_muted);
  }
  .more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .more-error {
    margin-top: var(--_space);
  }
`;
