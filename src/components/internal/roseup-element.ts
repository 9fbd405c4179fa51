import { LitElement } from 'lit';
import { LanguageController, commonMessages, resolveLang, type Catalog, type CommonMessages, type Lang } from './i18n.js';

/**
 * What every RoseUp element shares, feed or not: its interface language (the nearest `lang`,
 * followed when it changes) and its words in that language. An element names its catalogue
 * (`messages.ts` beside it) and reads `this.messages`; nothing else about languages is its concern.
 */
export abstract class RoseUpElement<M> extends LitElement {
  /** `catalog`: the element's messages, one entry per language (its `messages.ts`). */
  constructor(private readonly catalog: Catalog<M>) {
    super();
    new LanguageController(this);
  }

  /** The language of the nearest `lang` attribute: `fr` (default) or `en`. */
  protected get language(): Lang {
    return resolveLang(this);
  }

  /** The element's words in its language. */
  protected get messages(): M {
    return this.catalog[this.language];
  }

  /** The words every element shares (loading, retry, errors, stale copy). */
  protected get common(): CommonMessages {
    return commonMessages[this.language];
  }
}
