import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the combobox asks of its element: the options it offers and what each gesture does. */
export interface ComboboxDelegate {
  /** Options offered now (0 hides the list). */
  optionCount(): number;
  /** A line of text shows in the popup (loading, nothing found): Escape closes it too. */
  hasMessage(): boolean;
  /** The text field. */
  input(): HTMLInputElement | null;
  /** The visitor starts using the field (focus, typing, composing): load what searching needs. */
  engage(): void;
  /** The list was opened: refresh what it offers and, once typing pauses, say it. */
  opened(): void;
  /** A new query was typed, pasted or composed. */
  changed(value: string): void;
  /** The list closed: stop saying anything about it. */
  closed(): void;
  /** A second Escape emptied the field. */
  emptied(): void;
  choose(index: number): void;
  submit(): void;
  /** Down was pressed on the last option: the list stops there, say so. */
  reachedEnd(): void;
}

/**
 * The keyboard, pointer and focus behaviour of a list-autocomplete combobox (WAI-ARIA APG):
 * which option is active, whether the list is open, input-method composition, the two-step
 * Escape, and keeping the active option in view. Focus never leaves the field; the element
 * renders `aria-activedescendant` from `active`. Bind the `on*` handlers in the template.
 */
export class ComboboxController implements ReactiveController {
  private isOpen = false;
  private activeIndex = -1;
  private scrolledTo = -1;
  /** An input method is composing: keys and input events are its own. */
  private composing = false;
  focused = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly delegate: ComboboxDelegate,
  ) {
    host.addController(this);
  }

  /** The visitor wants the list (focus, typing); it shows when it has something to show. */
  get open(): boolean {
    return this.isOpen;
  }

  /** The list is open with options in it. */
  get expanded(): boolean {
    return this.isOpen && this.delegate.optionCount() > 0;
  }

  /** Index of the active option, -1 for none. */
  get active(): number {
    return this.expanded && this.activeIndex < this.delegate.optionCount() ? this.activeIndex : -1;
  }

  set active(index: number) {
    if (index === this.activeIndex) return;
    this.activeIndex = index;
    this.host.requestUpdate();
  }

  /** Opens the list with no active option. */
  show(): void {
    this.isOpen = true;
    this.active = -1;
    this.host.requestUpdate();
    this.delegate.opened();
  }

  close(): void {
    this.isOpen = false;
    this.active = -1;
    this.host.requestUpdate();
    this.delegate.closed();
  }

  hostUpdated(): void {
    // Only when the active option changes: the visitor may have scrolled the list since.
    const active = this.active;
    if (active === this.scrolledTo) return;
    this.scrolledTo = active;
    if (active >= 0) this.host.renderRoot.querySelector(`#option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }

  hostDisconnected(): void {
    this.focused = false;
    this.isOpen = false;
    this.activeIndex = -1;
  }

  /** A new query (typed, pasted, composed or chosen): the list opens on it with no active option. */
  setQuery(value: string): void {
    this.delegate.engage();
    this.isOpen = true;
    this.active = -1;
    this.host.requestUpdate();
    this.delegate.changed(value);
  }

  readonly onFocus = (): void => {
    this.focused = true;
    this.delegate.engage();
    this.show();
  };

  readonly onBlur = (): void => {
    this.focused = false;
    this.close();
  };

  /** A click in the field after Escape brings the list back. */
  readonly onClick = (): void => {
    if (!this.isOpen) this.show();
  };

  readonly onInput = (event: Event): void => {
    if (this.composing || (event as InputEvent).isComposing) return;
    this.setQuery((event.target as HTMLInputElement).value);
  };

  readonly onCompositionStart = (): void => {
    this.composing = true;
    this.delegate.engage();
  };

  readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.composing = false;
    this.setQuery((event.target as HTMLInputElement).value);
  };

  /** Keeps the focus in the field when an option is pressed (mouse, pen or touch). */
  readonly onPopupPointerDown = (event: PointerEvent): void => {
    event.preventDefault();
  };

  readonly onOptionClick = (event: MouseEvent): void => {
    const target = (event.target as Element).closest('[role="option"]');
    const index = Number(target?.getAttribute('data-index'));
    if (target && Number.isInteger(index)) this.delegate.choose(index);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    // Keys belong to the input method while it composes (Enter commits the composition).
    if (event.isComposing || this.composing || event.keyCode === 229) return;
    const count = this.delegate.optionCount();
    const expanded = this.isOpen && count > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          this.show();
          if (this.delegate.optionCount() && !event.altKey) this.active = 0;
        } else if (!event.altKey) {
          // Down stops on the last option (as GOV.UK's autocomplete does), and says so there.
          if (this.activeIndex === count - 1) this.delegate.reachedEnd();
          this.active = this.activeIndex < 0 ? 0 : Math.min(this.activeIndex + 1, count - 1);
        }
        return;
      case 'ArrowUp':
        event.preventDefault();
        // Alt+Up closes the list, back to the field (APG); on a closed list it does nothing.
        if (event.altKey) {
          if (this.isOpen) this.close();
        } else if (!expanded) {
          this.show();
          const now = this.delegate.optionCount();
          if (now) this.active = now - 1;
        } else {
          // Up from the first option returns to the field; from the field, to the last option.
          this.active = this.activeIndex < 0 ? count - 1 : this.activeIndex - 1;
        }
        return;
      case 'Enter':
        event.preventDefault();
        if (expanded && this.activeIndex >= 0) this.delegate.choose(this.activeIndex);
        else this.delegate.submit();
        return;
      case 'Escape':
        this.escape(event, count);
        return;
      case 'Tab':
        this.close();
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // The caret moves (default action): the visitor is editing again, not choosing.
        this.active = -1;
        return;
      default:
        return;
    }
  };

  /** Escape closes the list; a second Escape empties the field. Either way, the page's own Escape waits. */
  private escape(event: KeyboardEvent, count: number): void {
    const input = this.delegate.input();
    if (this.isOpen && (count > 0 || this.delegate.hasMessage())) {
      this.close();
    } else if (input?.value) {
      input.value = '';
      this.delegate.emptied();
      this.close();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}
