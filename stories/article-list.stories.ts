import type { Meta, StoryObj } from '@storybook/web-components-vite';
/** The element on a partner's page (npm run docs:pictures); Vite copies it into the build. */
const picture = new URL('./assets/partner/roseup-article-list.png', import.meta.url).href;
import { ELEMENT_SUMMARIES } from './support/fr.js';
import { docsOpening, partnerPage } from './support/partner.js';
import { html } from 'lit';
import '../src/components/article-list/define.js';
import { daysAgo, feed, sampleFeedText, useFailingFeed, usePendingFeed, useStoredCopy } from './support/fixtures.js';
import { check, click, deepActiveElement, inShadow, waitFor } from './support/interactions.js';
import { renderComponent, snippet } from './support/render.js';

/** What the partner page shows (and the docs page's snippet). */
const PARTNER_ARGS: Record<string, unknown> = { limit: 3, 'no-summary': true, heading: 'À la une', 'heading-level': 2 };

const meta: Meta = {
  title: 'Composants/roseup-article-list',
  component: 'roseup-article-list',
  render: renderComponent,
  parameters: {
    docs: { description: { component: docsOpening(ELEMENT_SUMMARIES['roseup-article-list'], picture, snippet('roseup-article-list', PARTNER_ARGS)) } },
    width: '64rem' },
};
export default meta;

type Story = StoryObj;

const cardsOf = (list: Element | null) => [...(list?.shadowRoot?.querySelectorAll('roseup-article-card') ?? [])];

/** Les 3 derniers articles en grille (autant de colonnes que la place le permet, une seule sur mobile). */
export const Default: Story = { name: 'Par défaut (grille)' };

/** Avec un titre de section au-dessus de la liste ; les titres des cartes sont un niveau en dessous. */
export const WithHeading: Story = {
  name: 'Avec un titre',
  args: { heading: 'À lire sur RoseUp', 'heading-level': 2 },
};

/** Un article par ligne (cartes horizontales). */
export const ListLayout: Story = {
  name: 'Disposition en liste',
  args: { layout: 'list', limit: 4 },
  parameters: { width: '48rem' },
};

/** Seulement une catégorie du magazine. */
export const Category: Story = {
  name: 'Une catégorie (beauté)',
  args: { category: 'beaute', heading: 'Beauté et soins', 'heading-level': 2 },
};

/** Sans images : plus compact, et rien à charger. */
export const NoImage: Story = {
  name: 'Sans images',
  args: { 'no-image': true, 'no-summary': true, limit: 6 },
};

/** Les événements plutôt que les articles (`kind="event"`). */
export const Events: Story = {
  name: 'Événements en cartes',
  args: { kind: 'event', limit: 3 },
};

/**
 * Interaction : « Voir plus » affiche 3 articles de plus (en chargeant la page suivante du flux,
 * `next_url`, quand il le faut), annonce combien ont été ajoutés et place le focus sur le premier.
 */
export const ShowMore: Story = {
  name: 'Interaction : « Voir plus »',
  args: { limit: 3 },
  play: async ({ canvasElement, step }) => {
    const list = canvasElement.querySelector('roseup-article-list');
    await waitFor(() => cardsOf(list).length === 3, '3 cartes');
    for (const round of [1, 2, 3, 4, 5]) {
      const more = inShadow<HTMLButtonElement>(list, '[part="more"]');
      if (!more) break;
      await step(`« Voir plus » (${round})`, async () => {
        const before = cardsOf(list).length;
        click(more);
        await waitFor(() => cardsOf(list).length > before || !inShadow(list, '[part="more"]'), 'de nouvelles cartes');
        const items = list!.shadowRoot!.querySelectorAll<HTMLElement>('li[data-index]');
        if (cardsOf(list).length > before) check(deepActiveElement() === items[before], 'le focus est sur le premier nouvel article');
      });
    }
    check(cardsOf(list).length > 14, 'les articles de la page 2 du flux sont affichés');
  },
};

/** Clicks « Voir plus » until `done` says so (at most 8 times); returns the list. */
async function showMoreUntil(canvasElement: HTMLElement, done: (list: Element) => boolean, what: string): Promise<Element> {
  const list = await waitFor(() => canvasElement.querySelector('roseup-article-list'), 'la liste');
  await waitFor(() => cardsOf(list).length > 0, 'les premières cartes');
  for (let round = 0; round < 8 && !done(list); round++) {
    const more = await waitFor(() => inShadow<HTMLButtonElement>(list, '[part="more"]') ?? (done(list) ? undefined : null), 'le bouton « Voir plus »').catch(() => undefined);
    if (!more || done(list)) break;
    const before = cardsOf(list).length;
    click(more);
    await waitFor(() => done(list) || cardsOf(list).length > before, 'de nouvelles cartes ou ' + what);
  }
  return waitFor(() => (done(list) ? list : null), what);
}

/**
 * « Voir plus » a besoin de la page suivante du flux (`next_url`), qui ne répond pas : les cartes
 * déjà là restent, un message `role="alert"` le dit et le bouton devient « Réessayer ».
 */
export const ShowMoreFails: Story = {
  name: 'Erreur : « Voir plus » sans page suivante',
  args: { limit: 6, layout: 'list', 'no-image': true, 'no-summary': true },
  parameters: { width: '48rem' },
  beforeEach: () => useFailingFeed(feed('sample-page-2')),
  play: async ({ canvasElement }) => {
    const list = await showMoreUntil(canvasElement, (l) => !!inShadow(l, '[part="more-error"]'), 'le message d’erreur de la page suivante');
    const error = inShadow(list, '[part="more-error"]')!;
    check(error.getAttribute('role') === 'alert', 'le message est une alerte');
    check(/Réessayer/.test(inShadow(list, '[part="more"]')?.textContent ?? ''), 'le bouton devient « Réessayer »');
    check(cardsOf(list).length >= 6, 'les cartes déjà affichées restent');
  },
};

/** Tout est affiché : « Voir plus » disparaît et une mention dit qu’il n’y a rien de plus. */
export const ShowMoreEnd: Story = {
  name: 'Fin de la liste (tout est affiché)',
  args: { limit: 8, layout: 'list', 'no-image': true, 'no-summary': true },
  parameters: { width: '48rem' },
  play: async ({ canvasElement }) => {
    const list = await showMoreUntil(canvasElement, (l) => !!inShadow(l, '[part="end"]'), 'la mention de fin');
    check(!inShadow(list, '[part="more"]'), 'plus de bouton « Voir plus »');
  },
};

/** Titres, catégories et auteurs très longs, sans images. */
export const LongTitles: Story = {
  name: 'Titres très longs',
  args: { feed: feed('long-titles'), layout: 'grid' },
};

/** Le flux ne contient aucun article. */
export const Empty: Story = {
  name: 'Liste vide',
  args: { feed: feed('empty') },
};

/** Aucun article ne correspond aux filtres, même après avoir lu les pages suivantes du flux. */
export const NoMatch: Story = {
  name: 'Aucun article pour ce filtre',
  args: { category: 'categorie-inexistante' },
};

/**
 * Un filtre qui ne trouve rien parmi les articles récents : la liste lit deux pages de plus
 * d’elle-même, le dit, puis propose « Chercher dans les articles plus anciens » (deux pages par clic).
 */
export const SearchOlder: Story = {
  name: 'Rien parmi les plus récents : chercher plus loin',
  args: { feed: feed('archive'), category: 'droits-et-demarches' },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('roseup-article-list')!;
    const older = () => {
      const button = inShadow<HTMLButtonElement>(list, '[part="more"]');
      return button?.textContent?.trim() === 'Chercher dans les articles plus anciens' ? button : null;
    };
    await waitFor(older, 'le bouton « Chercher dans les articles plus anciens »', 8000);
    check(/parmi les plus récents/.test(inShadow(list, '[part="empty"]')?.textContent ?? ''), 'la liste dit ne rien avoir trouvé parmi les plus récents');
  },
};

/** Des éléments du flux sont inutilisables : les bons s’affichent, les autres sont ignorés (et signalés en console). */
export const BrokenItems: Story = {
  name: 'Flux avec des éléments défectueux',
  args: { feed: feed('broken-items'), limit: 6 },
};

/** Pendant le chargement : des squelettes réservent la place des cartes. */
export const Loading: Story = {
  name: 'Chargement',
  args: { feed: feed('chargement') },
  beforeEach: () => usePendingFeed(feed('chargement')),
  parameters: { test: { waitForFeeds: false } },
};

/** Le flux ne répond pas (404) : message d’erreur et « Réessayer ». */
export const ErrorState: Story = {
  name: 'Erreur avec « Réessayer »',
  args: { feed: feed('introuvable') },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('roseup-article-list');
    const retry = await waitFor(() => inShadow<HTMLButtonElement>(list, '[part="retry"]'), 'le bouton « Réessayer »');
    check(retry.textContent?.trim() === 'Réessayer', 'libellé « Réessayer »');
    check(inShadow(list, '[role="alert"]'), 'le message est une alerte');
  },
};

/** Le flux ne répond plus : la copie d’une visite précédente est affichée, avec sa date. */
export const Stale: Story = {
  name: 'Copie ancienne (flux injoignable)',
  args: { feed: feed('retire') },
  beforeEach: async () => useStoredCopy(feed('retire'), await sampleFeedText(), daysAgo(2)),
};

/** Anglais. */
export const English: Story = {
  name: 'En anglais (lang="en")',
  render: (args, context) => html`<div lang="en">${renderComponent(args, context)}</div>`,
  parameters: { snippet: (args: Record<string, unknown>) => `<div lang="en">\n  ${snippet('roseup-article-list', args)}\n</div>` },
};

/** L’élément sur la page « Espace patients » d’un hôpital partenaire : l’image en tête de cette page vient de cet exemple. */
export const PartnerPage: Story = {
  name: 'Sur une page partenaire',
  tags: ['!autodocs'],
  args: PARTNER_ARGS,
  render: (args, context) => partnerPage(renderComponent(args, context), { title: 'Le magazine de RoseUp', lead: 'Les derniers articles du magazine de RoseUp Association, mis à jour chaque semaine.' }),
  parameters: { width: '72rem', snippet: (args: Record<string, unknown>) => snippet('roseup-article-list', args) },
};
