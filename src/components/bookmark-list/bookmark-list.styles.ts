import { css } from 'lit';

export const bookmarkListStyles = css`
  .heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .count,
  .note {
    margin-top: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .note .button {
    margin-top: 0.25em;
    padding: 0.25em 0.75em;
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    margin-top: var(--_space);
  }
  /* The remove button sits beside the item when there is room, under it on a phone. */
  .items > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .items > li > :first-child {
    flex: 1 1 18em;
    min-width: 0;
  }
  .entry {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    color: var(--_on-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .entry .title {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }
  .entry .saved {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .remove {
    flex: none;
  }
  .empty {
    margin-top: var(--_space);
  }
  .actions {
    margin-top: var(--_space);
  }
  .confirm {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_on-surface);
  }
  .confirm .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
`;
