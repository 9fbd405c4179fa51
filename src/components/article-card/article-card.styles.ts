import { css } from 'lit';

export const cardStyles = css`
  /* Every card has the same box for its placeholder, its content and the room the page keeps
     before the script runs (reserved-space.ts, which has the same formulas): a 16:9 image slot of
     the card's width plus a text allowance that grows as the card narrows (more lines), 24em on a
     card 26em wide or more, up to 37.5em on a 18em one (a 320 px phone); 25em beside the image of a
     wide horizontal card; 14 to 17.5em compact. Nothing is clipped (WCAG 1.4.12): a text longer
     than its allowance makes its card taller. A card that lies below the viewport, where
     nothing the visitor sees can move, gives back the room its text does not use (.fit). */
  :host {
    container-type: inline-size;
    --_text: clamp(24em, 24em + (26em - 100cqw) * 1.6, 37.5em);
  }
  .card,
  .placeholder {
    min-height: calc(56.25cqw + var(--_text));
  }
  .card.no-media,
  .placeholder.no-media {
    min-height: var(--_text);
  }
  .card.compact,
  .placeholder.compact {
    min-height: clamp(14em, 14em + (26em - 100cqw) * 0.5, 17.5em);
  }
  /* A compact card given its item (the bookmark list's) never had a placeholder: it takes the
     height of its text. */
  .card.compact.given,
  .card.fit {
    min-height: 0;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    background: var(--_surface);
    color: var(--_on-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  /* The image cannot change its box: whatever its own size, it covers the 16:9 slot. */
  .media {
    position: relative;
    aspect-ratio: 16 / 9;
    background: #f3eef4;
    flex: none;
    overflow: hidden;
  }
  .media img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    flex: 1;
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.8125em;
    font-weight: 600;
    text-transform: uppercase !important;
    letter-spacing: 0.03em !important;
  }
  .category {
    color: var(--_accent);
  }
  .format {
    color: var(--_muted);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .title a {
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  /* The whole card is clickable through the title link; the bookmark button sits above it. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title a:focus-visible {
    outline: none;
  }
  .title a:focus-visible::after {
    outline: var(--_focus);
    outline-offset: -3px;
    border-radius: var(--_radius);
  }
  .summary {
    color: var(--_muted);
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  /* A drawn separator: its alternative text is empty, so screen readers do not say "point médian". */
  .meta > * + *::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
  }
  /* Text sits above the card-wide link, so it can be selected and copied (a treatment's name,
     an address); a click on the card's empty space still opens the article. */
  .labels,
  .summary,
  .meta {
    position: relative;
    z-index: 1;
  }
  .actions {
    position: relative;
    z-index: 1;
    margin-top: auto;
    padding-top: calc(var(--_space) * 0.25);
    display: flex;
  }
  /* The button's room while its code is on its way (it is loaded after the card's first content):
     its height (the card and the button share one font size: 0.9375em text at line-height 1.5, 0.4em
     padding, 2px border; 44px at least, the touch target). */
  roseup-bookmark-button:not(:defined) {
    display: block;
    height: max(44px, calc(2.15625em + 4px));
  }
  @container (min-width: 34em) {
    .card.horizontal,
    .placeholder.horizontal {
      min-height: 25em;
    }
    .horizontal {
      flex-direction: row;
    }
    .horizontal .media {
      width: 40%;
      aspect-ratio: auto;
    }
  }
  .compact .body {
    padding: calc(var(--_space) * 0.75);
  }
  .compact .title {
    font-size: 1.0625em;
  }
  /* Loading: the card's own box (see the top). */
  .placeholder {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .placeholder .block {
    height: 1rem;
    margin: 0 var(--_space);
  }
  .placeholder .block.short {
    width: 40%;
  }
  .placeholder .block.tall {
    height: 1.5rem;
    width: 85%;
  }
  .placeholder .block.image {
    height: auto;
    aspect-ratio: 16 / 9;
    margin: 0;
    border-radius: 0;
  }
  .placeholder.compact {
    padding-top: var(--_space);
  }
  @container (min-width: 34em) {
    .placeholder.horizontal .block.image {
      display: none;
    }
  }
  .note {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
