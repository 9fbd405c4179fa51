import type { Meta, StoryObj } from '@storybook/web-components-vite';
/** The element on a partner's page (npm run docs:pictures); Vite copies it into the build. */
const picture = new URL('./assets/partner/roseup-event-list.png', import.meta.url).href;
import { ELEMENT_SUMMARIES } from './support/fr.js';
import { docsOpening, partnerPage } from './support/partner.js';
import { html } from 'lit';
import '../src/components/event-list/define.js';
import { daysAgo, feed, sampleFeedText, usePendingFeed, useStoredCopy } from './support/fixtures.js';
import { check, click, inShadow, settle, waitFor } from './support/interactions.js';
import { renderComponent, snippet } from './support/render.js';

/** What the partner page shows (and the docs page's snippet). */
const PARTNER_ARGS: Record<string, unknown> = { limit: 3, 'heading-level': 2 };

const meta: Meta = {
  title: 'Composants/roseup-event-list',
  component: 'roseup-event-list',
  render: renderComponent,
  parameters: {
    docs: { description: { component: docsOpening(ELEMENT_SUMMARIES['roseup-event-list'], picture, snippet('roseup-event-list', PARTNER_ARGS)) } },
    width: '48rem' },
};
export default meta;

type Story = StoryObj;

const eventsOf = (list: Element | null) => [...(list?.shadowRoot?.querySelectorAll('[part="event"]') ?? [])];

/** Les 5 prochains ateliers, groupés par jour, en heure de Paris, avec inscription et « Ajouter à mon agenda ». */
export const Default: Story = { name: 'Par défaut' };

/** L’exemple du README : 3 ateliers d’activité physique. */
export const Category: Story = {
  name: 'Une catégorie, 3 ateliers',
  args: { category: 'activite-physique', limit: 3 },
};

/** Avec `filters` : des listes déroulantes natives pour le thème, le format et le lieu ; le nombre de résultats est annoncé. */
export const Filters: Story = {
  name: 'Filtres affichés',
  args: { filters: true, limit: 6 },
};

/** Interaction : le visiteur choisit « À distance » ; la liste se met à jour et le nombre d’ateliers est annoncé. */
export const FilterChosen: Story = {
  name: 'Interaction : filtre « À distance »',
  args: { filters: true, limit: 6 },
  play: async ({ canvasElement, step }) => {
    const list = canvasElement.querySelector('roseup-event-list');
    const select = await waitFor(() => inShadow<HTMLSelectElement>(list, 'select[name="attendance"]'), 'le filtre de lieu');
    await step('Choisir « À distance »', async () => {
      select.focus();
      select.value = 'online';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(list!);
      const status = inShadow(list, '[role="status"]');
      await waitFor(() => status?.textContent?.trim(), 'l’annonce du nombre de résultats');
      check(eventsOf(list).length > 0, 'des ateliers à distance sont affichés');
    });
  },
};

/** Chaque statut : complet (plus de places), annulé, reporté, à distance (téléphone, visio), sur place et à distance, peu de places. */
export const Statuses: Story = {
  name: 'Statuts : annulé, complet, reporté, à distance, mixte',
  args: { feed: feed('statuses'), limit: 10 },
};

/** Seulement ce qui peut se suivre à distance. */
export const Remote: Story = {
  name: 'À distance seulement',
  args: { attendance: 'online', limit: 4 },
};

/** Interaction : « En savoir plus » déplie la description (bouton `aria-expanded`). */
export const DescriptionOpen: Story = {
  name: 'Interaction : description dépliée',
  args: { limit: 2 },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('roseup-event-list');
    const toggle = await waitFor(() => inShadow<HTMLButtonElement>(list, 'button[aria-expanded][aria-controls$="-description"]'), 'le bouton « En savoir plus »');
    click(toggle);
    await settle(list!);
    check(toggle.getAttribute('aria-expanded') === 'true', 'aria-expanded="true"');
    const description = inShadow(list, `#${toggle.getAttribute('aria-controls')}`);
    check(description && !description.hasAttribute('hidden'), 'la description est visible');
  },
};

/** Titre, lieu et informations pratiques très longs. */
export const LongTitles: Story = {
  name: 'Titres très longs',
  args: { feed: feed('long-titles') },
};

/** Aucun atelier à venir dans le flux. */
export const Empty: Story = {
  name: 'Aucun atelier à venir',
  args: { feed: feed('empty') },
};

/** Aucun atelier ne correspond à la sélection de l’éditeur. */
export const NoMatch: Story = {
  name: 'Aucun atelier pour ce filtre',
  args: { category: 'categorie-inexistante' },
};

/** Pendant le chargement : des squelettes réservent la place. */
export const Loading: Story = {
  name: 'Chargement',
  args: { feed: feed('chargement'), filters: true },
  beforeEach: () => usePendingFeed(feed('chargement')),
  parameters: { test: { waitForFeeds: false } },
};

/** Le flux ne répond pas (404) : message d’erreur et « Réessayer ». */
export const ErrorState: Story = {
  name: 'Erreur avec « Réessayer »',
  args: { feed: feed('introuvable') },
};

/** Le document reçu n’est pas un flux. */
export const NotAFeed: Story = {
  name: 'Erreur : document qui n’est pas un flux',
  args: { feed: feed('not-a-feed') },
};

/** Le flux ne répond plus : la copie d’une visite précédente est affichée, avec sa date. */
export const Stale: Story = {
  name: 'Copie ancienne (flux injoignable)',
  args: { feed: feed('retire') },
  beforeEach: async () => useStoredCopy(feed('retire'), await sampleFeedText(), daysAgo(1)),
};

/** Anglais : libellés, dates et heures en anglais, toujours à l’heure de Paris. */
export const English: Story = {
  name: 'En anglais (lang="en")',
  args: { filters: true },
  render: (args, context) => html`<div lang="en">${renderComponent(args, context)}</div>`,
  parameters: { snippet: (args: Record<string, unknown>) => `<div lang="en">\n  ${snippet('roseup-event-list', args)}\n</div>` },
};

/** L’élément sur la page « Espace patients » d’un hôpital partenaire : l’image en tête de cette page vient de cet exemple. */
export const PartnerPage: Story = {
  name: 'Sur une page partenaire',
  tags: ['!autodocs'],
  args: PARTNER_ARGS,
  render: (args, context) => partnerPage(renderComponent(args, context), { title: 'Ateliers et rendez-vous', lead: 'Les prochains ateliers gratuits de la Maison RoseUp, sur place ou à distance.' }),
  parameters: { width: '72rem', snippet: (args: Record<string, unknown>) => snippet('roseup-event-list', args) },
};
