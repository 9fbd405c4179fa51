import { css } from 'lit';

export const eventListStyles = css`
  :host {
    container-type: inline-size;
  }
  .field,
  .days,
  .events,
  .event,
  .calendar,
  .placeholder {
    display: flex;
    flex-direction: column;
  }
  .field label,
  .when,
  .info-title {
    font-weight: 600;
  }
  .description p + p {
    margin-top: 0.5em;
  }

  /* ---- filters ---- */
  .filters {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .filters legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  .field {
    gap: 0.25em;
    min-width: 0;
  }
  select {
    width: 100%;
    min-height: 44px;
    padding: 0.4em 0.6em;
    /* 16px at least, so that phones do not zoom in on focus. */
    font: inherit;
    font-size: max(1em, 16px);
    color: inherit;
    background: var(--_surface);
    color: var(--_on-surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }

  /* ---- days and events ---- */
  .days {
    gap: calc(var(--_space) * 1.5);
  }
  .day-heading,
  .title {
    line-height: 1.3;
    font-weight: 700;
  }
  .day-heading {
    font-size: 1.1875em;
    padding-bottom: 0.25em;
    margin-bottom: calc(var(--_space) * 0.75);
    border-bottom: 2px solid var(--_accent);
  }
  .day-heading::first-letter {
    text-transform: uppercase;
  }
  .events {
    gap: var(--_space);
  }
  .event {
    gap: 0.5em;
    padding: var(--_space);
    background: var(--_surface);
    color: var(--_on-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .labels {
    /* After the title in the source (screen readers meet the title first), above it on screen. */
    order: -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.8125em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .format {
    color: var(--_muted);
  }
  .category {
    color: var(--_accent);
  }
  .title {
    font-size: 1.125em;
  }
  .title a {
    display: inline-block;
    min-height: 44px;
    padding-block: 0.55rem;
    margin-block: -0.55rem;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .title a:hover {
    text-decoration-thickness: 2px;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin-inline-start: 0.5em;
    padding: 0.05em 0.6em;
    border: 2px solid currentColor;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 700;
    vertical-align: 0.15em;
    white-space: nowrap;
  }
  .status-cancelled .status {
    color: #b3261e;
  }
  .status-full .status,
  .status-postponed .status {
    color: #7a4100;
  }
  .status .icon {
    width: 1.1em;
    height: 1.1em;
  }
  .when,
  .where {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .when .icon,
  .where .icon {
    margin-top: 0.125em;
    color: var(--_muted);
  }
  .zone {
    font-weight: normal;
    color: var(--_muted);
  }
  .places {
    font-weight: 700;
    color: var(--_accent);
  }
  .access {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .info ul {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .toggle .chevron {
    transition: transform 0.15s ease;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .disclosure > .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .description {
    margin-top: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .description p {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em 0.75em;
    margin-top: 0.25em;
  }
  .actions .button {
    min-height: 44px;
  }
  .calendar {
    align-items: flex-start;
    gap: 0.25em;
    max-width: 100%;
  }
  .calendar-menu {
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_on-surface);
  }
  .calendar-menu a {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border-radius: calc(var(--_radius) * 0.75);
  }
  .calendar-menu a:hover {
    background: #f6f0f4;
  }

  /* ---- empty state, more ---- */
  .empty a,
  .more a {
    display: inline-block;
    padding-block: 0.6rem;
    color: var(--_accent);
    font-weight: 600;
  }
  .more {
    margin-top: var(--_space);
  }

  /* ---- loading ---- */
  .placeholder {
    gap: var(--_space);
  }
  /* Loading: each event about the size it will have (measured on the sample feed). */
  .placeholder .card-block {
    height: 24em;
  }
  @container (max-width: 26em) {
    .placeholder .card-block {
      height: 32em;
    }
  }
  .placeholder .heading-block {
    height: 1.75em;
    width: 40%;
  }
  .placeholder .filters-block {
    height: 6.5em;
  }

  @container (max-width: 24em) {
    .event {
      padding: calc(var(--_space) * 0.75);
    }
  }
  /* Borders and text already take system colours in forced colours mode; links stay links. */
  @media (forced-colors: active) {
    .disclosure > .toggle {
      color: LinkText;
    }
  }
`;
