/**
 * The markup of `<roseup-search>`'s combobox: the text field with its ARIA state and handlers, and
 * the drop-down (a message line and the listbox of options). State comes from the combobox controller.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatLongDate, toIsoDateTimeAttr } from '../../data/dates.js';
import type { Lang } from '../internal/i18n.js';
import type { SearchEngineHit } from './search-engine.js';
import type { ComboboxController } from './combobox-controller.js';
import { highlightParts, type OptionModel, type SearchView } from './search-view.js';
import type { SearchMessages } from './messages.js';

const icon = (content: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;

export const searchIcon = icon(svg`<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/>`);
const recentIcon = icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`);
const arrowIcon = icon(svg`<path d="M5 12h14M13 6l6 6-6 6"/>`);
const clearIcon = icon(svg`<path d="M5 7h14M10 7V4.5h4V7M7 7l1 13h8l1-13"/>`);

/** The text field: `role="combobox"`, its state from the controller, and the controller's handlers. */
export function renderInput(combo: ComboboxController, options: { describedBy: string; placeholder?: string }): TemplateResult {
  const active = combo.active;
  return html`<input
    id="input"
    class="input"
    part="input"
    name="q"
    type="text"
    role="combobox"
    aria-autocomplete="list"
    aria-controls="listbox"
    aria-expanded=${combo.expanded ? 'true' : 'false'}
    aria-activedescendant=${active >= 0 ? `option-${active}` : nothing}
    aria-describedby=${options.describedBy}
    autocomplete="off"
    autocapitalize="off"
    spellcheck="false"
    .enterKeyHint=${'search'}
    maxlength="200"
    placeholder=${ifDefined(options.placeholder || undefined)}
    @focus=${combo.onFocus}
    @blur=${combo.onBlur}
    @click=${combo.onClick}
    @input=${combo.onInput}
    @keydown=${combo.onKeydown}
    @compositionstart=${combo.onCompositionStart}
    @compositionend=${combo.onCompositionEnd}
  />`;
}

/** The popup under the field: shown while the combobox is open with options or a message. */
export function renderPopup(
  view: SearchView,
  combo: ComboboxController,
  m: SearchMessages,
  lang: Lang,
  feedLanguage?: string,
): TemplateResult {
  const expanded = combo.expanded;
  const active = combo.active;
  let index = 0;
  const option = (model: OptionModel) => renderOption(model, index++, view.options.length, active, m, lang, feedLanguage);
  return html`<div class="popup" part="popup" ?hidden=${!(combo.open && (expanded || !!view.message))} @pointerdown=${combo.onPopupPointerDown}>
    ${view.message ? html`<p class="message" part="message">${view.message}</p>` : nothing}
    <div
      id="listbox"
      class="listbox"
      part="listbox"
      role="listbox"
      tabindex="-1"
      aria-label=${view.mode === 'suggestions' ? m.suggestionsListbox : m.resultsListbox}
      ?hidden=${!expanded}
      @click=${combo.onOptionClick}
    >
      ${expanded
        ? view.groups.length
          ? view.groups.map(
              (group) => html`<div class="group" role="group" aria-labelledby="group-${group.key}">
                <div class="group-label" part="group-label" role="presentation" id="group-${group.key}">${group.label}</div>
                ${group.options.map(option)}
              </div>`,
            )
          : view.options.map(option)
        : nothing}
    </div>
  </div>`;
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
