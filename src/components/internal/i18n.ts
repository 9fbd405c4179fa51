/**
 * Localisation: a small typed catalogue per element rather than @lit/localize. Each element
 * picks its language from the nearest `lang` attribute (a page can mix languages, which a
 * global locale cannot express), there are two languages, and the catalogues cost a few
 * hundred bytes with no build step.
 *
 * French, RoseUp's language and the default, ships with each element (`messages.ts`). The
 * English words of every element (`messages.en.ts`) are one module, `english.ts`, fetched the
 * first time an element's language is English: a French page never pays for them, and an
 * English element waits for them rather than saying French words in an English voice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../data/dates.js';
import type { EnglishCatalogues } from './english.js';

/** The interface languages; defined with the date formats, which speak the same two. */
export type { Lang, EnglishCatalogues };

let english: EnglishCatalogues | undefined;
let englishLoad: Promise<void> | undefined;
let englishFailed = false;

/**
 * Where the English catalogues come from. @internal Tests point it at a module the server does
 * not have, to see a real failed load.
 */
export const englishSource = { load: (): Promise<{ english: EnglishCatalogues }> => import('./english.js') };

/** The English catalogues, once loaded. */
export const englishCatalogues = (): EnglishCatalogues | undefined => english;

/** What the console and each element's `roseup-error` say when they could not be fetched. */
export const ENGLISH_UNAVAILABLE = 'English texts unavailable: shown in French.';

/** Whether fetching the English catalogues failed (for the rest of the visit). */
export const englishUnavailable = (): boolean => englishFailed;

/**
 * Fetches the English catalogues, once. If they cannot be fetched, the elements keep French
 * (their words and their `lang`) for the rest of the visit, and say why on the console once.
 */
export function loadEnglish(): Promise<void> {
  englishLoad ??= englishSource.load().then(
    (module) => void (english = module.english),
    (error) => {
      englishFailed = true;
      console.warn(`[roseup] ${ENGLISH_UNAVAILABLE}`, error);
    },
  );
  return englishLoad;
}

/**
 * The language an element speaks: the nearest `lang` (`resolveLang`), unless that is English and
 * the English catalogues could not be loaded.
 */
export function interfaceLanguage(element: Element): Lang {
  return resolveLang(element) === 'en' && !englishFailed ? 'en' : 'fr';
}

/** Marks a `lang` that an element set on itself (see `LanguageController`), not the page's. */
const AUTO_LANG = 'data-roseup-lang';
/** The value each element set; a different value means the partner has set `lang` since. */
const autoValues = new WeakMap<Element, string>();
const isAuto = (element: Element): boolean =>
  element.hasAttribute(AUTO_LANG) && autoValues.get(element) === element.getAttribute('lang');

/** The nearest `lang` attribute from `node` up, crossing shadow roots (not ones we set). */
function nearestLang(start: Node | null): string | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null && lang.trim() && !isAuto(node)) return lang.trim().toLowerCase();
      node = node.parentNode ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return undefined;
}

/** The language of the nearest `lang` attribute, crossing shadow roots; French by default. */
export function resolveLang(element: Element): Lang {
  return nearestLang(element)?.startsWith('en') ? 'en' : 'fr';
}

/**
 * Re-renders its element when a `lang` attribute changes anywhere in the document (a site that
 * switches language without reloading, or an element given `lang` after it rendered). One
 * observer serves every element on the page.
 */
export class LanguageController implements ReactiveController {
  private static readonly hosts = new Set<ReactiveControllerHost & Element>();
  private static observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    LanguageController.hosts.add(this.host);
    if (LanguageController.observer || typeof MutationObserver !== 'function') return;
    LanguageController.observer = new MutationObserver((records) => {
      // Our own marking (below) is not a change of language.
      if (records.every((record) => isAuto(record.target as Element))) return;
      for (const host of LanguageController.hosts) host.requestUpdate();
    });
    LanguageController.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  /**
   * The element's own words are in its interface language. When the page says nothing, or says
   * another language (a page in German gets the French interface), the element says so on itself,
   * so that a screen reader reads its words in the right voice.
   */
  hostUpdated(): void {
    const host = this.host;
    const own = host.getAttribute('lang');
    const auto = isAuto(host);
    if (own !== null && !auto) {
      host.removeAttribute(AUTO_LANG); // the partner's choice (perhaps set since we set ours)
      return;
    }
    const lang = interfaceLanguage(host);
    const inherited = nearestLang(host.parentNode ?? (host.getRootNode() as ShadowRoot).host ?? null);
    if (!inherited || inherited.split('-')[0] !== lang) {
      if (own === lang) return;
      autoValues.set(host, lang);
      host.setAttribute(AUTO_LANG, '');
      host.setAttribute('lang', lang);
    } else if (auto) {
      autoValues.delete(host);
      host.removeAttribute('lang');
      host.removeAttribute(AUTO_LANG);
    }
  }

  hostDisconnected(): void {
    LanguageController.hosts.delete(this.host);
    if (LanguageController.hosts.size) return;
    LanguageController.observer?.disconnect();
    LanguageController.observer = undefined;
  }
}

/**
 * Chooses the form for a count of things (a whole number, 0 or more) by the language's rules:
 * French says "0 favori" and "1 favori", English "1 bookmark" only. This is what
 * `Intl.PluralRules` answers for such counts (its "many", French for round millions, takes
 * the plural form here too); written out, because creating one loads the browser's locale data
 * on the way to the event list's first render.
 */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  return (count === 1 || (count === 0 && lang === 'fr') ? forms.one : forms.other).replace('{n}', String(count));
}

/** Messages every data element shares: loading, errors, stale copy. */
export interface CommonMessages {
  loading: string;
  retry: string;
  errorTitle: string;
  errorNetwork: string;
  /** A server error, in words: its status code is for the developer (`roseup-error`'s detail, the console). */
  errorHttp: string;
  errorTimeout: string;
  errorInvalid: string;
  staleNotice: (date: string) => string;
}

/** The shared words in French; the English ones are in `english.ts`. */
export const commonMessages: CommonMessages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  errorTitle: 'Le contenu de RoseUp n’a pas pu être chargé.',
  errorNetwork: 'Vérifiez votre connexion internet, puis réessayez.',
  errorHttp: 'Le serveur de RoseUp ne répond pas correctement. Réessayez dans quelques instants.',
  errorTimeout: 'Le serveur de RoseUp met trop de temps à répondre. Réessayez dans quelques instants.',
  errorInvalid: 'Les données reçues ne sont pas lisibles. Réessayez plus tard.',
  staleNotice: (date) => `Contenu mis à jour le ${date}\u00a0: la connexion à RoseUp n’a pas pu être rétablie.`,
};
