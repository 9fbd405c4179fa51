import { css } from 'lit';

export const cardStyles = css`
  :host {
    container-type: inline-size;
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
  .media {
    aspect-ratio: 16 / 9;
    background: #f3eef4;
    flex: none;
  }
  .media img {
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
  .meta > * + *::before {
    content: '·';
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
     its height (the card and the button share one font size: 0.9375em text at line-height 1.5, 0.4em padding, 2px border). */
  roseup-bookmark-button:not(:defined) {
    display: block;
    height: calc(2.15625em + 4px);
  }
  @container (min-width: 34rem) {
    .horizontal {
      flex-direction: row;
    }
    .horizontal .media {
      width: 40%;
      aspect-ratio: auto;
      min-height: 100%;
    }
  }
  .compact .body {
    padding: calc(var(--_space) * 0.75);
  }
  .compact .title {
    font-size: 1.0625em;
  }
  /* Loading: about the size the card will have (measured on the sample feed): a 16:9 image plus
     some 20em of text, so that the content does not push the page when it arrives. */
  .placeholder {
    min-height: 20em;
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
    min-height: 8em;
    padding-top: var(--_space);
  }
  .placeholder.with-image,
  .placeholder.horizontal {
    min-height: calc(56.25cqw + 20em);
  }
  @container (min-width: 34rem) {
    .placeholder.horizontal {
      min-height: 17em;
    }
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
