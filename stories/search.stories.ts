import type { Meta, StoryObj } from '@storybook/web-components-vite';
/** The element on a partner's page (npm run docs:pictures); Vite copies it into the build. */
const picture = new URL('./assets/partner/roseup-search.png', import.meta.url).href;
import { ELEMENT_SUMMARIES } from './support/fr.js';
import { docsOpening, partnerPage } from './support/partner.js';
import { html } from 'lit';
import '../src/components/search/define.js';
import { getRecentSearches } from '../src/data/recent-searches.js';
import { feed, usePendingFeed } from './support/fixtures.js';
import { check, inShadow, press, settle, type, waitFor } from './support/interactions.js';
import { renderComponent, snippet } from './support/render.js';

/**
 * In Storybook, choosing a result or searching must not leave the preview (nor reach the
 * network): every `roseup-search-select` is cancelled, which the element honours. The Actions
 * panel still shows it.
 */
function stayOnPage(): () => void {
  const cancel = (event: Event) => event.preventDefault();
  document.addEventListener('roseup-search-select', cancel);
  return () => document.removeEventListener('roseup-search-select', cancel);
}

/** Keeps the visitor's own recent searches out of the stories, and gives them back afterwards. */
function useRecentSearches(queries: string[]): () => void {
  const store = getRecentSearches();
  const previous = [...store.list()];
  store.clear();
  for (const query of [...queries].reverse()) store.add(query);
  return () => {
    store.clear();
    for (const query of [...previous].reverse()) store.add(query);
  };
}

/** What the partner page shows (and the docs page's snippet). */
const PARTNER_ARGS: Record<string, unknown> = {};

const meta: Meta = {
  title: 'Composants/roseup-search',
  component: 'roseup-search',
  render: renderComponent,
  beforeEach: () => {
    const restore = [stayOnPage(), useRecentSearches([])];
    return () => restore.forEach((cleanup) => cleanup());
  },
  parameters: {
    docs: { description: { component: docsOpening(ELEMENT_SUMMARIES['roseup-search'], picture, snippet('roseup-search', PARTNER_ARGS)) } },
    width: '40rem' },
};
export default meta;

type Story = StoryObj;

type SearchHost = HTMLElement & { updateComplete: Promise<unknown> };

const parts = (canvasElement: HTMLElement) => {
  const search = canvasElement.querySelector<SearchHost>('roseup-search')!;
  return {
    search,
    input: () => inShadow<HTMLInputElement>(search, 'input[role="combobox"]'),
    options: () => [...(search.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])],
    results: () => [...(search.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"][part~="result"]') ?? [])],
    message: () => inShadow(search, '[part="message"]')?.textContent?.trim() ?? '',
  };
};

/** Focuses the field and types `text`, then waits until results or "Aucun résultat" show. */
async function search(canvasElement: HTMLElement, text: string): Promise<ReturnType<typeof parts>> {
  const p = parts(canvasElement);
  const input = await waitFor(p.input, 'le champ de recherche');
  input.focus();
  await type(input, text);
  await waitFor(() => p.results().length > 0 || /Aucun résultat/.test(p.message()), `des résultats pour « ${text} »`, 8000);
  await settle(p.search);
  return p;
}

/** Le champ, son libellé visible et le bouton « Rechercher », fermé. */
export const Default: Story = { name: 'Par défaut' };

/** Au focus, avant de taper : les recherches fréquentes du flux. */
export const Suggestions: Story = {
  name: 'Suggestions (au focus)',
  play: async ({ canvasElement }) => {
    const p = parts(canvasElement);
    const input = await waitFor(p.input, 'le champ');
    input.focus();
    await waitFor(() => p.options().length > 0, 'les recherches fréquentes', 8000);
    check(input.getAttribute('aria-expanded') === 'true', 'la liste est ouverte (aria-expanded)');
  },
};

/** Après quelques lettres : articles et ateliers trouvés, mots reconnus surlignés, « Voir tous les résultats ». */
export const Results: Story = {
  name: 'Résultats',
  play: async ({ canvasElement }) => {
    const p = await search(canvasElement, 'cheveux');
    check(p.results().length > 0, 'des résultats');
    check(p.search.shadowRoot?.querySelector('mark'), 'les mots trouvés sont surlignés');
  },
};

/** Rien ne correspond : un message le dit, et la recherche sur le site reste possible. */
export const NoResult: Story = {
  name: 'Aucun résultat',
  play: async ({ canvasElement }) => {
    const p = await search(canvasElement, 'xylophone');
    check(p.results().length === 0, 'aucun résultat');
    check(/Aucun résultat/.test(p.message()), 'le message « Aucun résultat »');
  },
};

/**
 * Interaction au clavier (motif combobox) : ↓ ouvre et parcourt les suggestions, Échap ferme ;
 * on tape, ↓ ↓ ↑ déplacent l’option active (`aria-activedescendant`), Entrée la choisit
 * (`roseup-search-select`), un second Échap vide le champ.
 */
export const KeyboardFlow: Story = {
  name: 'Interaction : parcours au clavier',
  play: async ({ canvasElement, step }) => {
    const p = parts(canvasElement);
    const input = await waitFor(p.input, 'le champ');
    const active = () => {
      const id = input.getAttribute('aria-activedescendant');
      return id ? p.search.shadowRoot?.getElementById(id) : null;
    };
    const key = async (name: string) => {
      press(input, name);
      await settle(p.search);
    };

    await step('Le focus ouvre les recherches fréquentes, sans option active', async () => {
      input.focus();
      await waitFor(() => p.options().length > 0, 'les recherches fréquentes', 8000);
      check(input.getAttribute('aria-expanded') === 'true', 'aria-expanded="true"');
      check(!input.hasAttribute('aria-activedescendant'), 'aucune option active au départ');
    });

    await step('↓ active la première suggestion, Échap ferme la liste', async () => {
      await key('ArrowDown');
      check(active() === p.options()[0], 'la première option est active');
      check(active()?.getAttribute('aria-selected') === 'true', 'aria-selected="true"');
      await key('Escape');
      check(input.getAttribute('aria-expanded') === 'false', 'la liste est fermée');
      check(!input.hasAttribute('aria-activedescendant'), 'plus d’option active');
    });

    await step('Taper « chimio » affiche des résultats', async () => {
      await type(input, 'chimio');
      await waitFor(() => p.results().length > 0, 'des résultats', 8000);
      check(input.getAttribute('aria-expanded') === 'true', 'la liste est rouverte');
    });

    await step('↓ ↓ ↑ déplacent l’option active', async () => {
      await key('ArrowDown');
      await key('ArrowDown');
      check(active() === p.options()[1], 'la deuxième option est active');
      await key('ArrowUp');
      check(active() === p.options()[0], 'retour à la première option');
      check(document.activeElement === p.search && p.search.shadowRoot?.activeElement === input, 'le focus reste dans le champ');
    });

    await step('Entrée choisit le résultat actif', async () => {
      const chosen: Array<{ query: string; item?: { title: string } }> = [];
      const listen = (event: Event) => chosen.push((event as CustomEvent).detail);
      canvasElement.addEventListener('roseup-search-select', listen);
      const title = active()?.querySelector('[part="option-title"]')?.textContent?.trim();
      await key('Enter');
      canvasElement.removeEventListener('roseup-search-select', listen);
      check(chosen.length === 1, 'roseup-search-select est émis une fois');
      check(chosen[0].query === 'chimio' && chosen[0].item?.title === title, 'avec la requête et l’article choisi');
      check(input.getAttribute('aria-expanded') === 'false', 'la liste se ferme');
    });

    await step('Échap vide le champ', async () => {
      await key('Escape');
      check(input.value === '', 'le champ est vide');
    });
  },
};

/** Libellé et texte indicatif choisis par le site partenaire ; 3 résultats au plus. */
export const CustomLabel: Story = {
  name: 'Libellé personnalisé',
  args: { label: 'Chercher un article ou un atelier', placeholder: 'ex. : perte de cheveux', 'max-results': 3 },
};

/** Avec `remember-recent` : les dernières recherches du visiteur, gardées sur son appareil, et « Effacer l’historique ». */
export const RecentSearches: Story = {
  name: 'Recherches récentes',
  args: { 'remember-recent': true },
  beforeEach: () => useRecentSearches(['perte de cheveux', 'marche nordique']),
  play: async ({ canvasElement }) => {
    const p = parts(canvasElement);
    const input = await waitFor(p.input, 'le champ');
    input.focus();
    await waitFor(() => p.search.shadowRoot?.querySelector('[part~="clear-history"]'), '« Effacer l’historique »', 8000);
  },
};

/** Le flux ne répond pas : un message le dit, « Réessayer », et le formulaire cherche toujours sur le site de RoseUp. */
export const ErrorState: Story = {
  name: 'Erreur : flux injoignable',
  args: { feed: feed('introuvable') },
  play: async ({ canvasElement }) => {
    const p = parts(canvasElement);
    await waitFor(() => inShadow(p.search, '[part="retry"]'), 'le bouton « Réessayer »');
    check(p.input()?.getAttribute('aria-describedby')?.includes('error'), 'le champ est décrit par le message');
  },
};

/** Pendant le chargement du flux : le champ est déjà utilisable. */
export const Loading: Story = {
  name: 'Chargement',
  args: { feed: feed('chargement') },
  beforeEach: () => usePendingFeed(feed('chargement')),
  parameters: { test: { waitForFeeds: false } },
};

/** Anglais. */
export const English: Story = {
  name: 'En anglais (lang="en")',
  render: (args, context) => html`<div lang="en">${renderComponent(args, context)}</div>`,
  parameters: { snippet: (args: Record<string, unknown>) => `<div lang="en">\n  ${snippet('roseup-search', args)}\n</div>` },
};

/** L’élément sur la page « Espace patients » d’un hôpital partenaire : l’image en tête de cette page vient de cet exemple. */
export const PartnerPage: Story = {
  name: 'Sur une page partenaire',
  tags: ['!autodocs'],
  args: PARTNER_ARGS,
  render: (args, context) => partnerPage(renderComponent(args, context), { title: 'Chercher une information', lead: 'Tous les contenus de RoseUp : articles, témoignages, ateliers.' }),
  parameters: { width: '72rem', snippet: (args: Record<string, unknown>) => snippet('roseup-search', args) },
};
