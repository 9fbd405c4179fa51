import { LitElement } from 'lit';
import { emit } from './events.js';
import {
  LanguageController,
  commonMessages,
  englishCatalogues,
  englishUnavailable,
  ENGLISH_UNAVAILABLE,
  interfaceLanguage,
  loadEnglish,
  resolveLang,
  type CommonMessages,
  type EnglishCatalogues,
  type Lang,
} from './i18n.js';

/**
 * What every RoseUp element shares, feed or not: its interface language (the nearest `lang`,
 * followed when it changes) and its words in that language. An element names its French
 * catalogue (`messages.ts` beside it) and where its English one is in the English catalogues
 * (`messages.en.ts`, loaded on first need), and reads `this.messages`; nothing else about
 * languages is its concern.
 */
export abstract class RoseUpElement<M> extends LitElement {
  constructor(
    private readonly french: M,
    private readonly englishOf: (catalogues: EnglishCatalogues) => M,
  ) {
    super();
    new LanguageController(this);
  }

  /** The language of the nearest `lang` attribute: `fr` (default) or `en`. */
  protected get language(): Lang {
    return interfaceLanguage(this);
  }

  /** The element's words in its language (French until the English ones have arrived). */
  protected get messages(): M {
    const english = this.language === 'en' ? englishCatalogues() : undefined;
    return english ? this.englishOf(english) : this.french;
  }

  /** The words every element shares (loading, retry, errors, stale copy). */
  protected get common(): CommonMessages {
    const english = this.language === 'en' ? englishCatalogues() : undefined;
    return english ? english.common : commonMessages;
  }

  /**
   * An element whose language is English renders once the English words are here (its reserved
   * space holds its place meanwhile); properties set in between are all applied then, and
   * `updateComplete` waits for that render. If they cannot be fetched, it renders in French and,
   * before its first render, fires `roseup-error`.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (resolveLang(this) === 'en' && !englishCatalogues()) {
      return loadEnglish().then(() => {
        if (englishUnavailable() && !this.hasUpdated) {
          emit(this, 'roseup-error', { url: '', reason: 'network', message: ENGLISH_UNAVAILABLE });
        }
        return super.scheduleUpdate();
      });
    }
    return super.scheduleUpdate();
  }
}
