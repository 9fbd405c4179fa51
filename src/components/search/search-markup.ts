/**
 * The markup of `<roseup-search>` that is there from the first render, before its behaviour has
 * loaded: the text field with its combobox ARIA, and the drop-down's shell (an empty, hidden
 * listbox, so that `aria-controls` points at an element from the start and the tree does not
 * change when the behaviour arrives). Once it has, the same templates take the combobox
 * controller's state and handlers and the options from `search-options.ts`: the input and the
 * listbox stay the same DOM nodes, so focus, caret and text are kept.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// Types only: the controller comes with the behaviour (`search-behaviour.ts`).
import type { ComboboxController } from './combobox-controller.js';
import type { SearchMessages } from './messages.js';

export const icon = (content: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;

export const searchIcon = icon(svg`<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/>`);

/** What the behaviour shows in the drop-down (see `SearchBehaviour.popup`). */
export interface PopupModel {
  /** The drop-down is visible (open with options or a message). */
  shown: boolean;
  /** The listbox has options. */
  expanded: boolean;
  /** A line above the options (loading, nothing found). */
  message?: string;
  /** The options are results (not suggestions): names the listbox. */
  results: boolean;
  /** The options, rendered by `search-options.ts`. */
  options: unknown;
}

/**
 * The text field: `role="combobox"`, its state from the controller and the controller's handlers.
 * Without a controller (the behaviour is on its way): closed, no active option, no handlers (the
 * field is a plain text input in a search form; Enter submits the form).
 */
export function renderInput(
  combo: ComboboxController | undefined,
  options: { describedBy: string; placeholder?: string },
): TemplateResult {
  const active = combo ? combo.active : -1;
  return html`<input
    id="input"
    class="input"
    part="input"
    name="q"
    type="text"
    role="combobox"
    aria-autocomplete="list"
    aria-controls="listbox"
    aria-expanded=${combo?.expanded ? 'true' : 'false'}
    aria-activedescendant=${active >= 0 ? `option-${active}` : nothing}
    aria-describedby=${options.describedBy}
    autocomplete="off"
    autocapitalize="off"
    spellcheck="false"
    .enterKeyHint=${'search'}
    maxlength="200"
    placeholder=${ifDefined(options.placeholder || undefined)}
    @focus=${combo?.onFocus}
    @blur=${combo?.onBlur}
    @click=${combo?.onClick}
    @input=${combo?.onInput}
    @keydown=${combo?.onKeydown}
    @compositionstart=${combo?.onCompositionStart}
    @compositionend=${combo?.onCompositionEnd}
  />`;
}

/** The popup under the field: hidden, with an empty listbox, until the behaviour fills it. */
export function renderPopup(popup: PopupModel | undefined, combo: ComboboxController | undefined, m: SearchMessages): TemplateResult {
  return html`<div class="popup" part="popup" ?hidden=${!popup?.shown} @pointerdown=${combo?.onPopupPointerDown}>
    ${popup?.message ? html`<p class="message" part="message">${popup.message}</p>` : nothing}
    <div
      id="listbox"
      class="listbox"
      part="listbox"
      role="listbox"
      tabindex="-1"
      aria-label=${popup?.results ? m.resultsListbox : m.suggestionsListbox}
      ?hidden=${!popup?.expanded}
      @click=${combo?.onOptionClick}
    >
      ${popup?.expanded ? popup.options : nothing}
    </div>
  </div>`;
}

/** `action` with `q` set (other parameters of `action` are kept). */
export function withQuery(action: string, q: string): string {
  const url = new URL(action);
  url.searchParams.set('q', q);
  return url.href;
}
