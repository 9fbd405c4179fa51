/**
 * Localisation: a small typed catalogue per element rather than @lit/localize. Each element
 * picks its language from the nearest `lang` attribute (a page can mix languages, which a
 * global locale cannot express), there are two languages, and the catalogues cost a few
 * hundred bytes with no build step or runtime loader.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Lang = 'fr' | 'en';

export type Catalog<T> = Record<Lang, T>;

/** The language of the nearest `lang` attribute, crossing shadow roots; French by default. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null && lang.trim()) return lang.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
      node = node.parentNode ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return 'fr';
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
    LanguageController.observer = new MutationObserver(() => {
      for (const host of LanguageController.hosts) host.requestUpdate();
    });
    LanguageController.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    LanguageController.hosts.delete(this.host);
    if (LanguageController.hosts.size) return;
    LanguageController.observer?.disconnect();
    LanguageController.observer = undefined;
  }
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Chooses the form for `count` by the language's rules (French: 0 and 1 are singular). */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return (rules.select(count) === 'one' ? forms.one : forms.other).replace('{n}', String(count));
}

/** Messages every data element shares: loading, errors, stale copy. */
export interface CommonMessages {
  loading: string;
  retry: string;
  errorTitle: string;
  errorNetwork: string;
  errorHttp: (status?: number) => string;
  errorTimeout: string;
  errorInvalid: string;
  staleNotice: (date: string) => string;
}

export const commonMessages: Catalog<CommonMessages> = {
  fr: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    errorTitle: 'Le contenu de RoseUp n’a pas pu être chargé.',
    errorNetwork: 'Vérifiez votre connexion internet, puis réessayez.',
    errorHttp: (status) => `Le serveur de RoseUp ne répond pas correctement${status ? ` (erreur ${status})` : ''}. Réessayez dans quelques instants.`,
    errorTimeout: 'Le serveur de RoseUp met trop de temps à répondre. Réessayez dans quelques instants.',
    errorInvalid: 'Les données reçues ne sont pas lisibles. Réessayez plus tard.',
    staleNotice: (date) => `Contenu mis à jour le ${date} : la connexion à RoseUp n’a pas pu être rétablie.`,
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'RoseUp content could not be loaded.',
    errorNetwork: 'Check your internet connection, then try again.',
    errorHttp: (status) => `RoseUp’s server is not responding properly${status ? ` (error ${status})` : ''}. Try again in a moment.`,
    errorTimeout: 'RoseUp’s server is taking too long to respond. Try again in a moment.',
    errorInvalid: 'The data received could not be read. Try again later.',
    staleNotice: (date) => `Content updated on ${date}: the connection to RoseUp could not be restored.`,
  },
};
