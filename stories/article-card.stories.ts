import type { Meta, StoryObj } from '@storybook/web-components-vite';
/** The element on a partner's page (npm run docs:pictures); Vite copies it into the build. */
const picture = new URL('./assets/partner/roseup-article-card.png', import.meta.url).href;
import { ELEMENT_SUMMARIES } from './support/fr.js';
import { docsOpening, partnerPage } from './support/partner.js';
import { html } from 'lit';
import '../src/components/article-card/define.js';
import type { FeedItem } from '../src/data/types.js';
import { SAMPLE, SAMPLE_BOOKMARKS, daysAgo, feed, sampleFeedText, useBookmarks, usePendingFeed, useStoredCopy } from './support/fixtures.js';
import { check, inShadow, waitFor } from './support/interactions.js';
import { createElement, renderComponent, snippet } from './support/render.js';

/** What the partner page shows (and the docs page's snippet). */
const PARTNER_ARGS: Record<string, unknown> = { 'article-id': SAMPLE.metastases, variant: 'horizontal', 'heading-level': 2 };

const meta: Meta = {
  title: 'Composants/roseup-article-card',
  component: 'roseup-article-card',
  render: renderComponent,
  args: { 'article-id': SAMPLE.metastases },
  // A card column; the horizontal variant needs a wider one to show its image beside the text
  // (a container query), so the variant control widens it.
  parameters: {
    docs: { description: { component: docsOpening(ELEMENT_SUMMARIES['roseup-article-card'], picture, snippet('roseup-article-card', PARTNER_ARGS)) }, story: { iframeHeight: 600 } },
    width: (args: Record<string, unknown>) => (args.variant === 'horizontal' ? '48rem' : '24rem'),
  },
};
export default meta;

type Story = StoryObj;

/** Carte verticale : image, catégorie et format, titre, résumé, dates, temps de lecture, auteur, bouton « Enregistrer ». */
export const Default: Story = { name: 'Par défaut (verticale)' };

/** Image à côté du texte quand le conteneur est assez large (requête de conteneur), sinon verticale. */
export const Horizontal: Story = {
  name: 'Variante horizontale',
  args: { variant: 'horizontal' },
  parameters: { width: '48rem' },
};

/** Texte seul, sans image ni résumé : pour les colonnes étroites et les listes denses. */
export const Compact: Story = {
  name: 'Variante compacte',
  args: { variant: 'compact' },
};

/** `no-image` masque l’image ; un article sans image dans le flux s’affiche de la même façon. */
export const NoImage: Story = {
  name: 'Sans image',
  args: { 'no-image': true },
};

/** L’article n’a pas d’image dans le flux. */
export const NoImageInFeed: Story = {
  name: 'Article sans image dans le flux',
  args: { 'article-id': SAMPLE.immunotherapie },
};

/** Sans résumé ni bouton d’enregistrement. */
export const Minimal: Story = {
  name: 'Sans résumé ni favori',
  args: { 'no-summary': true, 'no-bookmark': true },
};

/** Titre, catégorie et auteur très longs, en français : le texte passe à la ligne, rien ne déborde. */
export const LongTitle: Story = {
  name: 'Titre très long',
  args: { feed: feed('long-titles'), 'article-id': SAMPLE.longTitle },
};

/** Un mot très long sans espace ne doit jamais faire défiler la page horizontalement. */
export const LongWord: Story = {
  name: 'Mot très long sans espace',
  args: { feed: feed('long-titles'), 'article-id': SAMPLE.longWord },
  parameters: { width: '16rem' },
};

/** L’article est dans les favoris du visiteur : le bouton est enfoncé (« Enregistré »). */
export const Bookmarked: Story = {
  name: 'Article enregistré (favori)',
  beforeEach: () => useBookmarks([SAMPLE_BOOKMARKS[0]]),
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('roseup-article-card');
    const button = await waitFor(() => inShadow(inShadow(card, 'roseup-bookmark-button'), 'button'), 'le bouton de la carte');
    check(button.getAttribute('aria-pressed') === 'true', 'le bouton de la carte est enfoncé');
  },
};

/** Pendant le chargement du flux : un squelette occupe la place de la carte (pas de décalage de mise en page). */
export const Loading: Story = {
  name: 'Chargement',
  args: { feed: feed('chargement') },
  beforeEach: () => usePendingFeed(feed('chargement')),
  parameters: { test: { waitForFeeds: false } },
};

/** Le flux ne répond pas (ici une erreur 404) et aucune copie n’est gardée : message `role="alert"` et bouton « Réessayer ». */
export const ErrorState: Story = {
  name: 'Erreur avec « Réessayer »',
  args: { feed: feed('introuvable') },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('roseup-article-card');
    const alert = await waitFor(() => inShadow(card, '[role="alert"]'), 'le message d’erreur');
    check(alert.querySelector('button')?.textContent?.trim() === 'Réessayer', 'le bouton « Réessayer »');
  },
};

/** Le flux n’est pas un flux JSON Feed : même message d’erreur, raison « invalid ». */
export const NotAFeed: Story = {
  name: 'Erreur : document qui n’est pas un flux',
  args: { feed: feed('not-a-feed') },
};

/**
 * Le flux ne répond plus, mais une copie gardée lors d’une visite précédente existe : elle est
 * affichée avec une mention discrète « Contenu mis à jour le … ».
 */
export const Stale: Story = {
  name: 'Copie ancienne (flux injoignable)',
  args: { feed: feed('retire') },
  beforeEach: async () => useStoredCopy(feed('retire'), await sampleFeedText(), daysAgo(3)),
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('roseup-article-card');
    await waitFor(() => inShadow(card, '[part="stale"]'), 'la mention de copie ancienne');
  },
};

/** L’identifiant n’est pas (ou plus) dans le flux. */
export const NotFound: Story = {
  name: 'Article introuvable',
  args: { 'article-id': 'https://www.rose-up.fr/magazine/article-qui-n-existe-pas/' },
};

/** Le flux contient des éléments défectueux : les bons s’affichent, le balisage reste du texte inerte. */
export const HostileText: Story = {
  name: 'Texte hostile affiché comme texte',
  args: { feed: feed('broken-items'), 'article-id': 'https://www.rose-up.fr/magazine/texte-hostile/' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('roseup-article-card');
    const title = await waitFor(() => inShadow(card, '[part="title"]'), 'le titre');
    check(title.textContent?.includes('<script>'), 'le balisage du titre est affiché comme texte');
    check(!card?.shadowRoot?.querySelector('script, a[href^="javascript"], img[src^="javascript"]'), 'aucun script ni lien javascript:');
  },
};

/** Anglais : la langue vient de l’attribut `lang` le plus proche. */
export const English: Story = {
  name: 'En anglais (lang="en")',
  render: (args, context) => html`<div lang="en">${renderComponent(args, context)}</div>`,
  parameters: { snippet: (args: Record<string, unknown>) => `<div lang="en">\n  ${snippet('roseup-article-card', args)}\n</div>` },
};

const directArticle: FeedItem = {
  id: 'https://www.rose-up.fr/magazine/exemple-developpeur/',
  kind: 'article',
  url: 'https://www.rose-up.fr/magazine/exemple-developpeur/',
  title: 'Un article passé directement à la carte',
  summary: 'Avec la propriété `.article`, la carte affiche un objet du modèle sans lire le flux.',
  datePublished: new Date('2026-01-15T09:00:00+01:00'),
  tags: [],
  authors: [{ name: 'La rédaction de Rose magazine' }],
  category: { id: 'traitements', label: 'Traitements' },
  format: { id: 'conseils', label: 'Conseils' },
  readingMinutes: 3,
};

/** Pour les développeurs : la propriété `.article` prend un objet du modèle, sans requête réseau. */
export const ArticleProperty: Story = {
  name: 'Propriété .article (développeurs)',
  args: { 'article-id': undefined, article: directArticle },
  parameters: {
    snippet: `<roseup-article-card id="carte"></roseup-article-card>
<script type="module">
  document.getElementById('carte').article = {
    id: 'https://www.rose-up.fr/magazine/exemple-developpeur/',
    kind: 'article',
    title: 'Un article passé directement à la carte',
    /* … les autres champs du modèle FeedItem */
  };
</script>`,
  },
};

/** Trois cartes lisent le même flux : une seule requête part. */
export const SharedFeed: Story = {
  name: 'Plusieurs cartes, un seul flux',
  render: (args) =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem">
      ${[SAMPLE.metastases, SAMPLE.loiLemoine, SAMPLE.activite].map((id) => createElement('roseup-article-card', { ...args, 'article-id': id }))}
    </div>`,
  parameters: {
    width: '60rem',
    snippet: (args: Record<string, unknown>) =>
      [SAMPLE.metastases, SAMPLE.loiLemoine, SAMPLE.activite].map((id) => snippet('roseup-article-card', { ...args, 'article-id': id })).join('\n'),
  },
};

/** L’élément sur la page « Espace patients » d’un hôpital partenaire : l’image en tête de cette page vient de cet exemple. */
export const PartnerPage: Story = {
  name: 'Sur une page partenaire',
  tags: ['!autodocs'],
  args: PARTNER_ARGS,
  render: (args, context) => partnerPage(renderComponent(args, context), { title: 'À lire pendant vos traitements', lead: 'Nos équipes ont choisi pour vous cet article du magazine de RoseUp, l’association des femmes touchées par un cancer.' }),
  parameters: { width: '72rem', snippet: (args: Record<string, unknown>) => snippet('roseup-article-card', args) },
};
