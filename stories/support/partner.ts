/**
 * A partner hospital's page, as a frame around an element: its header, navigation and column of
 * text, with its own font and colours. The "Sur une page partenaire" stories use it, and the
 * picture that opens each element's docs page is a shot of that story
 * (`npm run docs:pictures`, scripts/visual/visual.mjs --pictures).
 */
import { html, type TemplateResult } from 'lit';
import { CDN_SCRIPT } from '../snippet-builder/snippet-builder.js';

const STYLE = `
.partner { font-family: Arial, "Helvetica Neue", sans-serif; color: #14212e; background: #ffffff; border: 1px solid #d5dde6; }
.partner-top { display: flex; align-items: center; gap: 1.5rem; padding: 0.9rem 1.5rem; background: #00549a; color: #ffffff; }
.partner-logo { font-weight: 700; font-size: 1.15rem; letter-spacing: 0.01em; }
.partner-logo small { display: block; font-weight: 400; font-size: 0.8rem; opacity: 0.9; }
.partner-nav { display: flex; gap: 1.25rem; margin-inline-start: auto; font-size: 0.95rem; flex-wrap: wrap; }
.partner-main { display: grid; grid-template-columns: minmax(0, 1fr) 15rem; gap: 2rem; padding: 1.25rem 1.5rem 2rem; }
.partner-crumbs { font-size: 0.85rem; color: #46566a; margin: 0 0 0.5rem; }
.partner h1 { font-size: 1.6rem; margin: 0 0 0.5rem; color: #00549a; }
.partner-lead { margin: 0 0 1.25rem; line-height: 1.5; }
.partner-aside { border-inline-start: 4px solid #00549a; background: #f4f8fb; padding: 1rem; font-size: 0.9rem; line-height: 1.5; align-self: start; }
.partner-aside h2 { font-size: 1rem; margin: 0 0 0.5rem; }
@media (max-width: 48rem) { .partner-main { grid-template-columns: 1fr; } .partner-nav { display: none; } }
`;

export interface PartnerPage {
  title: string;
  lead: string;
}

/** `content` on a partner hospital's "Espace patients" page. */
export function partnerPage(content: unknown, page: PartnerPage): TemplateResult {
  return html`<style>
      ${STYLE}
    </style>
    <div class="partner">
      <div class="partner-top">
        <div class="partner-logo">Centre hospitalier de Valmont<small>Institut du sein</small></div>
        <div class="partner-nav" aria-hidden="true"><span>Consultations</span><span>Soins de support</span><span>Espace patients</span><span>Contact</span></div>
      </div>
      <div class="partner-main">
        <div>
          <p class="partner-crumbs">Accueil › Espace patients › ${page.title}</p>
          <h1>${page.title}</h1>
          <p class="partner-lead">${page.lead}</p>
          ${content}
        </div>
        <div class="partner-aside">
          <h2>Nous joindre</h2>
          Secrétariat de l’Institut du sein : du lundi au vendredi, de 9 h à 17 h. Infirmière de
          coordination : 04 00 00 00 00.
        </div>
      </div>
    </div>`;
}

/** The two lines a partner pastes: the script (once per page), then the element. */
export const embedSnippet = (element: string): string => `${CDN_SCRIPT}\n${element}`;

/**
 * The docs page's opening: the picture of the element on a partner page, then the two-line
 * embed snippet (markdown, for `parameters.docs.description.component`).
 */
export function docsOpening(summary: string, picture: string, element: string): string {
  return [
    summary,
    '',
    `![L’élément sur la page « Espace patients » d’un hôpital partenaire](${picture})`,
    '',
    'À coller dans votre page (le script une fois par page, puis l’élément là où il s’affiche) :',
    '',
    '```html',
    embedSnippet(element),
    '```',
  ].join('\n');
}
