import { css } from 'lit';

export const searchStyles = css`
  :host {
    container-type: inline-size;
  }
  /* On a narrow phone the field keeps the room: the button shows its icon only, and keeps
     "Rechercher" as its accessible name. */
  @container (max-width: 26em) {
    .submit > span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .submit {
      padding-inline: 0.75em;
    }
  }
  [hidden] {
    display: none !important;
  }

  .form {
    margin: 0;
  }
  .label {
    display: block;
    margin-bottom: 0.35em;
    font-weight: 700;
  }
  .row {
    /* The drop-down spans the field and the button, so that long titles have room on phones. */
    position: relative;
    display: flex;
    align-items: stretch;
    gap: 0.5em;
  }
  .combo {
    flex: 1 1 auto;
    min-width: 0;
  }
  .input {
    display: block;
    width: 100%;
    min-height: 48px;
    margin: 0;
    padding: 0.5em 0.75em;
    /* 16px at least, so that phones do not zoom in on focus. */
    font: inherit;
    font-size: max(1em, 16px);
    color: var(--roseup-color-text, #1d1b20);
    background: var(--_surface);
    color: var(--_on-surface);
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    box-shadow: none;
    appearance: none;
  }
  .input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .input:focus {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .submit {
    flex: 0 0 auto;
    min-height: 48px;
  }

  /* ---- drop-down ---- */
  .popup {
    position: absolute;
    z-index: 1000;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    background: var(--_surface);
    color: var(--_on-surface);
    color: var(--roseup-color-text, #1d1b20);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  .message {
    padding: 0.6em 0.9em;
    color: var(--_muted);
  }
  .listbox {
    max-height: min(60vh, 28em);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.25em 0;
    border-radius: inherit;
  }
  .listbox:focus {
    outline: none;
  }
  .group + .group {
    border-top: 1px solid var(--_border);
    margin-top: 0.25em;
    padding-top: 0.25em;
  }
  .group-label {
    padding: 0.4em 0.9em 0.2em;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  .option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.1em;
    min-height: 44px;
    padding: 0.45em 0.9em;
    cursor: pointer;
    border-left: 4px solid transparent;
  }
  .option.suggestion,
  .option.see-all,
  .option.clear-history {
    flex-direction: row;
    align-items: center;
    justify-content: flex-start;
    gap: 0.6em;
  }
  .option:hover {
    background: #f8eef2;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .option[aria-selected='true'] {
    background: #f3e1e9;
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    border-left-color: var(--_accent);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .title {
    font-weight: 600;
  }
  mark {
    background: transparent;
    color: inherit;
    font-weight: 800;
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.15em;
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .see-all {
    border-top: 1px solid var(--_border);
    font-weight: 600;
    color: var(--_accent);
  }
  .clear-history {
    color: var(--_accent);
    font-size: 0.9375em;
  }

  /* ---- feed unavailable ---- */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.5em;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .notice .button {
    min-height: 44px;
    padding: 0.25em 0.75em;
    font-size: 0.9375em;
  }

  @media (forced-colors: active) {
    .input,
    .popup {
      border-color: CanvasText;
    }
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: HighlightText;
    }
    .option[aria-selected='true'] .meta,
    .option[aria-selected='true'] .see-all {
      color: HighlightText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
