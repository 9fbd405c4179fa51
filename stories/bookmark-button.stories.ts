import type { Meta, StoryObj } from '@storybook/web-components-vite';
/** The element on a partner's page (npm run docs:pictures); Vite copies it into the build. */
const picture = new URL('./assets/partner/roseup-bookmark-button.png', import.meta.url).href;
import { ELEMENT_SUMMARIES } from './support/fr.js';
import { docsOpening, partnerPage } from './support/partner.js';
import { html } from 'lit';
import '../src/components/bookmark-button/define.js';
import { SAMPLE_BOOKMARKS, useBookmarks } from './support/fixtures.js';
import { RefusedStorage, useIsolatedBookmarks } from './support/isolation.js';
import { check, click, deepActiveElement, inShadow, press, settle, waitFor } from './support/interactions.js';
import { renderComponent, snippet } from './support/render.js';

const item = SAMPLE_BOOKMARKS[0];

/** What the partner page shows (and the docs page's snippet). */
const PARTNER_ARGS: Record<string, unknown> = { 'item-id': item.id, 'item-title': item.title, 'item-url': item.url };

const meta: Meta = {
  title: 'Composants/roseup-bookmark-button',
  component: 'roseup-bookmark-button',
  render: renderComponent,
  args: { 'item-id': item.id, 'item-title': item.title, 'item-url': item.url },
  // Each story starts from a known list of favourites and gives the visitor's own back afterwards.
  beforeEach: () => useBookmarks([]),
  // A button and its message: a short frame on the docs page.
  parameters: { docs: { description: { component: docsOpening(ELEMENT_SUMMARIES['roseup-bookmark-button'], picture, snippet('roseup-bookmark-button', PARTNER_ARGS)) }, story: { iframeHeight: 200 } } },
};
export default meta;

type Story = StoryObj;

/** Bouton bascule (`aria-pressed`) ; son nom accessible contient le titre de l’article. */
export const Default: Story = { name: 'Par défaut (non enregistré)' };

/** L’article est déjà dans les favoris : le bouton est enfoncé, l’icône pleine. */
export const Bookmarked: Story = {
  name: 'Enregistré',
  beforeEach: () => useBookmarks([item]),
};

/**
 * Interaction : un clic enregistre (bouton enfoncé, « Ajouté à vos favoris » annoncé, événement
 * `roseup-bookmark-change`), la touche Entrée retire, et tous les boutons du même article suivent.
 */
export const Toggle: Story = {
  name: 'Interaction : enregistrer puis retirer',
  render: (args, context) => html`${renderComponent(args, context)} ${renderComponent(args, context)}`,
  parameters: {
    snippet: (args: Record<string, unknown>) =>
      `<!-- Deux boutons pour le même article restent synchronisés -->\n${snippet('roseup-bookmark-button', args)}\n${snippet('roseup-bookmark-button', args)}`,
  },
  play: async ({ canvasElement, step }) => {
    const [first, second] = [...canvasElement.querySelectorAll('roseup-bookmark-button')];
    const firstButton = await waitFor(() => inShadow<HTMLButtonElement>(first, 'button'), 'le premier bouton');
    const secondButton = await waitFor(() => inShadow<HTMLButtonElement>(second, 'button'), 'le second bouton');
    const changes: Array<{ id: string; bookmarked: boolean }> = [];
    const listen = (event: Event) => changes.push((event as CustomEvent<{ id: string; bookmarked: boolean }>).detail);
    canvasElement.addEventListener('roseup-bookmark-change', listen);
    try {
      await step('Le bouton n’est pas enfoncé et nomme l’article', async () => {
        check(firstButton.getAttribute('aria-pressed') === 'false', 'aria-pressed="false" au départ');
        check(firstButton.getAttribute('aria-label')?.includes(item.title), 'le nom accessible contient le titre');
      });
      await step('Un clic enregistre l’article', async () => {
        click(firstButton);
        await settle(first);
        check(firstButton.getAttribute('aria-pressed') === 'true', 'aria-pressed="true" dès le clic');
        // The bookmark store's code is fetched on this first interaction: the change is saved,
        // announced and shared with the other button once it has arrived.
        await waitFor(() => changes.length === 1, 'l’enregistrement');
        await settle(second);
        check(secondButton.getAttribute('aria-pressed') === 'true', 'l’autre bouton du même article suit');
        await waitFor(() => inShadow(first, '[role="status"]')?.textContent?.trim() === 'Ajouté à vos favoris', 'l’annonce du changement');
        check(changes[0].id === item.id && changes[0].bookmarked, 'roseup-bookmark-change { bookmarked: true }');
      });
      await step('Au clavier, Entrée retire l’article', async () => {
        firstButton.focus();
        check(deepActiveElement() === firstButton, 'le bouton a le focus');
        // A native button turns Enter into a click; a synthetic key event does not, so do both.
        if (press(firstButton, 'Enter')) firstButton.click();
        await settle(first);
        await settle(second);
        check(firstButton.getAttribute('aria-pressed') === 'false', 'aria-pressed="false" après Entrée');
        check(secondButton.getAttribute('aria-pressed') === 'false', 'l’autre bouton suit encore');
        check(inShadow(first, '[role="status"]')?.textContent?.trim() === 'Retiré de vos favoris', 'le retrait est annoncé');
        check(changes.length === 2 && !changes[1].bookmarked, 'roseup-bookmark-change { bookmarked: false }');
      });
    } finally {
      canvasElement.removeEventListener('roseup-bookmark-change', listen);
    }
  },
};

/** Sans titre, le nom accessible reste explicite (« Enregistrer dans vos favoris »). */
export const WithoutTitle: Story = {
  name: 'Sans titre d’article',
  args: { 'item-title': undefined },
};

/**
 * Sans `item-id`, le bouton est désactivé : rien à enregistrer. Une erreur dans la console et
 * l’événement `roseup-error` (`reason: 'missing-id'`) le signalent à l’intégrateur.
 */
export const MissingId: Story = {
  name: 'Erreur : sans item-id',
  args: { 'item-id': undefined },
  parameters: { test: { expectedErrors: [/needs an item-id/] } },
  play: async ({ canvasElement }) => {
    const button = await waitFor(() => inShadow<HTMLButtonElement>(canvasElement.querySelector('roseup-bookmark-button'), 'button'), 'le bouton');
    check(button.disabled, 'le bouton est désactivé');
  },
};

/**
 * Le navigateur refuse le stockage (navigation privée, stockage bloqué) : le favori est gardé
 * pour cette visite seulement, et le bouton le dit.
 */
export const StorageUnavailable: Story = {
  name: 'Stockage indisponible : favori pour cette visite',
  beforeEach: () => useIsolatedBookmarks({ storage: new RefusedStorage() }),
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('roseup-bookmark-button');
    const button = await waitFor(() => inShadow<HTMLButtonElement>(host, 'button'), 'le bouton');
    click(button);
    const message = await waitFor(() => inShadow(host, '[part="message"]'), 'le message « pour cette visite seulement »');
    check(/cette visite seulement/.test(message.textContent ?? ''), 'le message dit que le favori ne sera pas gardé');
    check(button.getAttribute('aria-pressed') === 'true', 'le bouton est enfoncé');
  },
};

/** Un titre très long ne change pas le bouton : il n’apparaît que dans le nom accessible. */
export const LongTitle: Story = {
  name: 'Titre d’article très long',
  args: {
    'item-title':
      'Reprendre le travail après un cancer du sein : temps partiel thérapeutique, aménagement du poste et reconnaissance de la qualité de travailleur handicapé',
  },
};

/** Anglais. */
export const English: Story = {
  name: 'En anglais (lang="en")',
  render: (args, context) => html`<div lang="en">${renderComponent(args, context)}</div>`,
  parameters: { snippet: (args: Record<string, unknown>) => `<div lang="en">\n  ${snippet('roseup-bookmark-button', args)}\n</div>` },
};

/** L’élément sur la page « Espace patients » d’un hôpital partenaire : l’image en tête de cette page vient de cet exemple. */
export const PartnerPage: Story = {
  name: 'Sur une page partenaire',
  tags: ['!autodocs'],
  args: PARTNER_ARGS,
  render: (args, context) => partnerPage(renderComponent(args, context), { title: 'Tout savoir sur les cancers métastatiques', lead: 'Un article de RoseUp que vous pouvez garder dans vos favoris, sur cet appareil.' }),
  parameters: { width: '72rem', snippet: (args: Record<string, unknown>) => snippet('roseup-bookmark-button', args) },
};
