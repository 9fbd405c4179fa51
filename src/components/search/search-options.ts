/**
 * The options of `<roseup-search>`'s listbox, loaded with its behaviour (`search-behaviour.ts`):
 * suggestion groups, results with their highlighted titles, "Voir tous les résultats" and
 * "Effacer l'historique". The field and the listbox around them are in `search-markup.ts`.
 */
import { html, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatLongDate, toIsoDateTimeAttr } from '../../data/dates.js';
import type { Lang } from '../internal/i18n.js';
import type { SearchEngineHit } from './search-engine.js';
import { icon, searchIcon } from './search-markup.js';
import { highlightParts, type OptionModel, type SearchView } from './search-view.js';
import type { SearchMessages } from './messages.js';

const recentIcon = icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`);
const arrowIcon = icon(svg`<path d="M5 12h14M13 6l6 6-6 6"/>`);
const clearIcon = icon(svg`<path d="M5 7h14M10 7V4.5h4V7M7 7l1 13h8l1-13"/>`);

/** The listbox's content for `view`; `active` is the active option's index (-1 for none). */
export function renderOptions(view: SearchView, active: number, m: SearchMessages, lang: Lang, feedLanguage?: string): unknown {
  let index = 0;
  const option = (model: OptionModel) => renderOption(model, index++, view.options.length, active, m, lang, feedLanguage);
  return view.groups.length
    ? view.groups.map(
        (group) => html`<div class="group" role="group" aria-labelledby="group-${group.key}">
          <div class="group-label" part="group-label" role="presentation" id="group-${group.key}">${group.label}</div>
          ${group.options.map(option)}
        </div>`,
      )
    : view.options.map(option);
}

/**
 * The option at `index` (its id is `option-<index>`) of `total`; `active` is the active option's
 * index. The position is given across groups, so that "9 sur 9" tells the last option.
 */
function renderOption(
  model: OptionModel,
  index: number,
  total: number,
  active: number,
  m: SearchMessages,
  lang: Lang,
  feedLanguage?: string,
): TemplateResult {
  const common = (part: string, className: string, content: unknown) =>
    html`<div
      role="option"
      id="option-${index}"
      class="option ${className}"
      part="option ${part}"
      data-index=${index}
      aria-posinset=${index + 1}
      aria-setsize=${total}
      aria-selected=${ifDefined(index === active ? 'true' : undefined)}
    >
      ${content}
    </div>`;
  switch (model.kind) {
    case 'item':
      return common('result', 'result', renderHit(model.hit, m, lang, feedLanguage));
    case 'all':
      return common('see-all', 'see-all', html`${arrowIcon}<span>${m.seeAll(model.query)}</span>`);
    case 'suggestion':
      return common(
        'suggestion',
        model.recent ? 'suggestion recent' : 'suggestion',
        html`${model.recent ? recentIcon : searchIcon}<span>${model.suggestion.label}</span>`,
      );
    case 'clear':
      return common('clear-history', 'clear-history', html`${clearIcon}<span>${m.clearHistory}</span>`);
  }
}

/** A result: its title with the matches marked, then kind, category and, for an event, its date. */
function renderHit(hit: SearchEngineHit, m: SearchMessages, lang: Lang, feedLanguage?: string): TemplateResult {
  const { item } = hit;
  const kind = item.format?.label ?? (item.kind === 'event' ? m.event : m.article);
  const meta: Array<string | TemplateResult> = [kind];
  if (item.category && item.category.label !== kind) meta.push(item.category.label);
  if (item.kind === 'event') {
    meta.push(html`<time datetime=${toIsoDateTimeAttr(item.start)}>${formatLongDate(item.start, lang)}</time>`);
  }
  // Text nodes only, matches inside <mark>: nothing from the feed is parsed as HTML.
  const title = highlightParts(item.title, hit.ranges).map((part) =>
    part.mark ? html`<mark part="highlight">${part.text}</mark>` : part.text,
  );
  return html`<span class="title" part="option-title" lang=${ifDefined(item.language ?? feedLanguage)}>${title}</span>
    <span class="meta" part="option-meta"
      >${meta.map((part, i) =>
        i ? html`<span class="sep" aria-hidden="true"> · </span><span class="visually-hidden">, </span>${part}` : html`<span class="visually-hidden">, </span>${part}`,
      )}</span
    >`;
}
