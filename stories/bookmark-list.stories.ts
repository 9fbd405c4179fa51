import type { Meta, StoryObj } from '@storybook/web-components-vite';
/** The element on a partner's page (npm run docs:pictures); Vite copies it into the build. */
const picture = new URL('./assets/partner/roseup-bookmark-list.png', import.meta.url).href;
import { ELEMENT_SUMMARIES } from './support/fr.js';
import { docsOpening, partnerPage } from './support/partner.js';
import { html } from 'lit';
import '../src/components/bookmark-list/define.js';
import '../src/components/article-card/define.js';
import { SAMPLE, SAMPLE_BOOKMARKS, feed, useBookmarks } from './support/fixtures.js';
import { MemoryStorage, RefusedStorage, useIsolatedBookmarks } from './support/isolation.js';
import { check, click, deepActiveElement, inShadow, settle, waitFor } from './support/interactions.js';
import { createElement, renderComponent, snippet } from './support/render.js';

/** What the partner page shows (and the docs page's snippet). */
const PARTNER_ARGS: Record<string, unknown> = {};

const meta: Meta = {
  title: 'Composants/roseup-bookmark-list',
  component: 'roseup-bookmark-list',
  render: renderComponent,
  beforeEach: () => useBookmarks(SAMPLE_BOOKMARKS),
  parameters: {
    docs: { description: { component: docsOpening(ELEMENT_SUMMARIES['roseup-bookmark-list'], picture, snippet('roseup-bookmark-list', PARTNER_ARGS)) } },
    width: '40rem' },
};
export default meta;

type Story = StoryObj;

/** Les favoris du visiteur, du plus récent au plus ancien ; un favori sorti du flux garde son titre et son lien. */
export const Default: Story = { name: 'Liste remplie' };

/** Aucun favori : un message explique comment en ajouter. */
export const Empty: Story = {
  name: 'Liste vide',
  beforeEach: () => useBookmarks([]),
};

/** Le navigateur refuse le stockage : les favoris de cette visite s’affichent, avec une note qui le dit. */
export const StorageUnavailable: Story = {
  name: 'Stockage indisponible',
  beforeEach: () => {
    const restore = useIsolatedBookmarks({ storage: new RefusedStorage() });
    const bookmarks = useBookmarks(SAMPLE_BOOKMARKS.slice(0, 2));
    return () => (bookmarks(), restore());
  },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('roseup-bookmark-list');
    const note = await waitFor(() => inShadow(list, '[part="note"]'), 'la note « pour cette visite »');
    check((note.textContent ?? '').trim().length > 0, 'la note est écrite');
  },
};

/**
 * Les favoris enregistrés sont illisibles (valeur abîmée par une extension, un autre script) : la
 * liste démarre vide avec une note, et la valeur abîmée est mise de côté, pas effacée.
 */
export const CorruptStorage: Story = {
  name: 'Favoris enregistrés illisibles',
  beforeEach: () => useIsolatedBookmarks({ storage: new MemoryStorage({ 'roseup:bookmarks:v1': '{"v":1,"items":[{"id":' }) }),
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('roseup-bookmark-list');
    await waitFor(() => inShadow(list, '[part="note"]'), 'la note sur les favoris illisibles');
    await waitFor(() => inShadow(list, '[part="empty"]'), 'le message de liste vide');
  },
};

/** Le flux ne répond pas : les favoris restent affichés avec leur titre enregistré, et « Réessayer ». */
export const FeedError: Story = {
  name: 'Flux injoignable',
  args: { feed: feed('introuvable') },
};

/** Un titre choisi par le site partenaire. */
export const CustomHeading: Story = {
  name: 'Titre personnalisé',
  args: { heading: 'Mes lectures enregistrées', 'heading-level': 3 },
};

/** Interaction : « Retirer » enlève le favori, l’annonce, et place le focus sur le bouton suivant. */
export const Remove: Story = {
  name: 'Interaction : retirer un favori',
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('roseup-bookmark-list');
    const buttons = () => [...(list?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="remove"]') ?? [])];
    await waitFor(() => buttons().length === SAMPLE_BOOKMARKS.length, 'un bouton « Retirer » par favori');
    click(buttons()[0]);
    await waitFor(() => buttons().length === SAMPLE_BOOKMARKS.length - 1, 'un favori de moins');
    await settle(list!);
    check(deepActiveElement() === buttons()[0], 'le focus est sur le bouton « Retirer » suivant');
  },
};

/** Interaction : « Tout effacer » demande confirmation avant d’effacer. */
export const ClearConfirm: Story = {
  name: 'Interaction : « Tout effacer » (confirmation)',
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('roseup-bookmark-list');
    const clear = await waitFor(() => inShadow<HTMLButtonElement>(list, '[part="clear"]'), 'le bouton « Tout effacer »');
    click(clear);
    const group = await waitFor(() => inShadow(list, '[part="confirm"]'), 'la demande de confirmation');
    check(group.getAttribute('role') === 'group', 'la confirmation est un groupe nommé');
  },
};

/** Le bouton d’une carte et la liste des favoris restent synchronisés, sur la page et entre onglets. */
export const WithCard: Story = {
  name: 'Avec une carte de la page',
  beforeEach: () => useBookmarks(SAMPLE_BOOKMARKS.slice(0, 1)),
  render: (args, context) =>
    html`<div style="display: grid; grid-template-columns: minmax(0, 18rem) minmax(0, 1fr); gap: 1.5rem; align-items: start">
      ${createElement('roseup-article-card', { 'article-id': SAMPLE.activite, 'heading-level': 2 })} ${renderComponent(args, context)}
    </div>`,
  parameters: {
    width: '60rem',
    snippet: (args: Record<string, unknown>) =>
      `${snippet('roseup-article-card', { 'article-id': SAMPLE.activite, 'heading-level': 2 })}\n${snippet('roseup-bookmark-list', args)}`,
  },
};

/** Anglais. */
export const English: Story = {
  name: 'En anglais (lang="en")',
  render: (args, context) => html`<div lang="en">${renderComponent(args, context)}</div>`,
  parameters: { snippet: (args: Record<string, unknown>) => `<div lang="en">\n  ${snippet('roseup-bookmark-list', args)}\n</div>` },
};

/** L’élément sur la page « Espace patients » d’un hôpital partenaire : l’image en tête de cette page vient de cet exemple. */
export const PartnerPage: Story = {
  name: 'Sur une page partenaire',
  tags: ['!autodocs'],
  args: PARTNER_ARGS,
  render: (args, context) => partnerPage(renderComponent(args, context), { title: 'Mes favoris', lead: 'Les articles que vous avez enregistrés sur cet appareil.' }),
  parameters: { width: '72rem', snippet: (args: Record<string, unknown>) => snippet('roseup-bookmark-list', args) },
};
