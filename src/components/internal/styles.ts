import { css } from 'lit';

/**
 * Design tokens and the reset every element starts from. The host page's own CSS cannot reach
 * inside the shadow root; what it can still push in is inherited properties, so the host sets
 * the ones that matter back to sane values and lets through only font and colour.
 * `!important` inside a shadow tree beats `!important` on the page, which is what we want here.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--roseup-color-accent, #a3134f);
    --_text: var(--roseup-color-text, inherit);
    --_muted: var(--roseup-color-muted, #5c5666);
    --_surface: var(--roseup-color-surface, #ffffff);
    /* Text on a white surface: the page's own colour, unless it is too light to read there (a
       dark site's light text): then the same hue, darkened (OKLCH lightness at most 0.45, at
       least 7:1 on white). Browsers without relative colours simply inherit. */
    --_on-surface: var(--roseup-color-text, oklch(from currentColor min(l, 0.45) c h));
    --_on-accent: var(--roseup-color-on-accent, #ffffff);
    --_border: var(--roseup-color-border, #d6d0d8);
    --_radius: var(--roseup-radius, 0.5rem);
    --_space: var(--roseup-space, 1rem);
    --_focus: var(--roseup-focus-ring, 3px solid #1a5fb4);

    display: block;
    box-sizing: border-box;
    font-family: var(--roseup-font-family, inherit) !important;
    color: var(--_text) !important;
    font-size: var(--roseup-font-size, medium) !important;
    font-weight: normal !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    /* Their words are French or English, read left to right even in a right-to-left page or
       section (an Arabic page for patients): "4 décembre" must not become "décembre … 4". */
    direction: ltr !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    /* "anywhere", not "break-word": a pasted URL in an inline-block link or a flex item must
       also lower its minimum width, or it pushes a 320 px page sideways. */
    overflow-wrap: anywhere;
    visibility: visible;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6, p, ul, ol, li, figure, dl, dd {
    margin: 0;
    padding: 0;
  }
  ul, ol {
    list-style: none;
  }
  img {
    display: block;
    max-width: 100%;
    border: 0;
  }
  a {
    color: inherit;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-height: 44px;
    min-width: 44px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .alert {
    padding: var(--_space);
    border: 2px solid #b3261e;
    border-left-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--roseup-color-text, #1d1b20);
  }
  .alert p + p,
  .alert p + button {
    margin-top: 0.5em;
  }
  .stale {
    font-size: 0.875em;
    color: var(--_muted);
    margin-bottom: 0.5em;
  }
  /* The "nothing to show" box of the lists. */
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p + p {
    margin-top: 0.5em;
  }
  /* Line icons (search, event list). */
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .skeleton {
    background: linear-gradient(90deg, #ece8ee 25%, #f6f3f7 50%, #ece8ee 75%);
    background-size: 200% 100%;
    animation: roseup-shimmer 1.5s ease-in-out infinite;
    border-radius: var(--_radius);
  }
  @keyframes roseup-shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .button.secondary { border-color: ButtonText; forced-color-adjust: none; background: ButtonFace; color: ButtonText; }
    .skeleton { background: Canvas; border: 1px solid CanvasText; }
  }
`;
