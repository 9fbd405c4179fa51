import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { attributeKind, customElements as elementsOf, defaultValue, type CemAttribute, type CemDeclaration, type CemNamed, type CustomElementsManifest } from '../support/manifest.js';
import { createElement, snippet, type Args } from '../support/render.js';

/** The one-tag bundle a partner includes once per page. */
export const CDN_SCRIPT = '<script type="module" src="https://cdn.jsdelivr.net/npm/@roseup/elements@1/dist/roseup.js"></script>';

/**
 * The small stylesheet the integration guide recommends in the `<head>` (stories/docs/integrer.mdx,
 * README "No jump on load"): each element keeps its space from the first paint.
 */
export const CDN_STYLESHEET = '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@roseup/elements@1/dist/roseup.css">';

/** What goes once in the page's `<head>`: the stylesheet, then the script. */
export const HEAD_SNIPPET = `${CDN_STYLESHEET}\n${CDN_SCRIPT}`;

/** Text with `code` spans for the parts in backticks, as the descriptions write values. */
export function withCode(text: string): Array<string | TemplateResult> {
  return text.split(/`([^`]*)`/).map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));
}

/** Values that make an element show something at once (an id from the sample feed...). */
export const STARTING_VALUES: Record<string, Args> = {
  'roseup-article-card': { 'article-id': 'https://www.rose-up.fr/magazine/cancers-metastatiques/' },
  'roseup-bookmark-button': {
    'item-id': 'https://www.rose-up.fr/magazine/cancers-metastatiques/',
    'item-title': 'Tout savoir sur les cancers métastatiques',
  },
  'roseup-event-list': { limit: 3 },
};

/** Attributes a partner does not set from this page (the feed is RoseUp's by default). */
const HIDDEN_ATTRIBUTES = new Set(['feed']);

export type CopyOutcome = 'copied' | 'selected';

/**
 * Copies `text`: the asynchronous clipboard API when the page may use it, else the older
 * `execCommand('copy')` on a selected text area. Rejects when neither works.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Blocked in this frame or not granted: fall back.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position: fixed; inset-inline-start: -9999px; opacity: 0';
  doc.body.append(area);
  area.select();
  const done = doc.execCommand?.('copy') ?? false;
  area.remove();
  if (!done) throw new Error('copy refused');
}

/**
 * A form to build the HTML of a RoseUp element: pick the element, set its attributes (read from
 * the custom-elements manifest: booleans are checkboxes, named types with listed values are
 * select menus...), see it live and copy the exact code.
 */
export class StorySnippetBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      color: #1d1b20;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 50rem) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    fieldset {
      border: 1px solid #c9c3cc;
      border-radius: 0.5rem;
      padding: 0.75rem 1rem 1rem;
      margin: 0 0 1rem;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .field {
      margin-top: 0.75rem;
    }
    .field label,
    .field .label {
      display: block;
      font-weight: 600;
    }
    .field code {
      font-weight: 600;
    }
    .hint {
      display: block;
      font-size: 0.875em;
      color: #5c5666;
      margin-top: 0.125rem;
    }
    input[type='text'],
    input[type='number'],
    select {
      box-sizing: border-box;
      width: 100%;
      margin-top: 0.25rem;
      padding: 0.4rem 0.5rem;
      font: inherit;
      border: 1px solid #8a8290;
      border-radius: 0.25rem;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
    }
    .check input {
      margin-top: 0.3rem;
      width: 1.1rem;
      height: 1.1rem;
    }
    :focus-visible {
      outline: 3px solid #1a5fb4;
      outline-offset: 2px;
    }
    h3 {
      font-size: 1.1rem;
      margin: 0 0 0.5rem;
    }
    .preview {
      border: 1px dashed #8a8290;
      border-radius: 0.5rem;
      padding: 1rem;
      min-height: 6rem;
      background: #fff;
    }
    pre {
      margin: 0.5rem 0 0;
      padding: 1rem;
      border-radius: 0.5rem;
      background: #1d1b20;
      color: #f6f3f7;
      /* Lines wrap between attributes only: never inside a URL, a name or a value (scrolls instead). */
      overflow-x: auto;
      white-space: pre-wrap;
      word-break: normal;
      overflow-wrap: normal;
      font-size: 0.875rem;
    }
    input[type='color'] {
      width: 3rem;
      height: 2rem;
      padding: 0.1rem;
      vertical-align: middle;
    }
    .token {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .token input[type='text'] {
      width: auto;
      flex: 1 1 8rem;
    }
    .actions {
      display: flex;
      gap: 1rem;
      align-items: center;
      margin-top: 0.75rem;
      flex-wrap: wrap;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-height: 44px;
      padding: 0.5rem 1.25rem;
      border: 2px solid #a3134f;
      border-radius: 0.5rem;
      background: #a3134f;
      color: #fff;
      cursor: pointer;
    }
    .status {
      margin: 0;
    }
    .status.error {
      color: #b3261e;
    }
  `;

  /** The custom-elements manifest (custom-elements.json) to read the elements from. */
  @property({ attribute: false }) manifest?: CustomElementsManifest;

  /** The element chosen first (default: the first one in the manifest). */
  @property() tag?: string;

  @state() private values: Args = {};
  @state() private includeScript = true;
  @state() private status = '';
  @state() private statusFailed = false;

  private live?: { tag: string; key: string; element: HTMLElement };

  private get elements(): CemDeclaration[] {
    return this.manifest ? elementsOf(this.manifest) : [];
  }

  private get current(): CemDeclaration | undefined {
    const elements = this.elements;
    return elements.find((e) => e.tagName === this.tag) ?? elements[0];
  }

  /** The theme tokens the element reads (its CSS custom properties). */
  private tokensOf(element: CemDeclaration): CemNamed[] {
    return (element.cssProperties ?? []).filter((token) => /^--roseup-[a-z0-9-]+$/.test(token.name));
  }

  private renderToken(token: CemNamed): TemplateResult {
    const id = `token-${token.name.slice(2)}`;
    const value = this.values[token.name];
    const text = typeof value === 'string' ? value : '';
    const isColour = token.name.startsWith('--roseup-color-');
    const hex = /^#[0-9a-f]{6}$/i.test(text) ? text : /^#[0-9a-f]{6}$/i.test(token.default ?? '') ? token.default! : '#000000';
    return html`<div class="field">
      <label for=${id}><code>${token.name}</code></label>
      <span class="hint" id=${`${id}-hint`}>${withCode(token.description ?? '')}${token.default ? html` (défaut : ${token.default})` : nothing}</span>
      <div class="token">
        ${isColour
          ? html`<input type="color" aria-label=${`${token.name} : nuancier`} .value=${hex} @input=${(e: Event) => this.set(token.name, (e.target as HTMLInputElement).value)} />`
          : nothing}
        <input id=${id} type="text" aria-describedby=${`${id}-hint`} placeholder=${token.default ?? ''} .value=${text}
          @input=${(e: Event) => this.set(token.name, (e.target as HTMLInputElement).value)} />
      </div>
    </div>`;
  }

  private attributesOf(element: CemDeclaration): CemAttribute[] {
    return (element.attributes ?? []).filter((a) => !HIDDEN_ATTRIBUTES.has(a.name));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tag') || changed.has('manifest')) {
      const tag = this.current?.tagName;
      this.values = tag ? { ...(STARTING_VALUES[tag] ?? {}) } : {};
      this.status = '';
    }
  }

  /** The attributes that differ from the element's defaults, in the manifest's order. */
  get args(): Args {
    const element = this.current;
    if (!element) return {};
    const args: Args = {};
    for (const attribute of this.attributesOf(element)) {
      const value = this.values[attribute.name];
      if (value === undefined || value === '' || value === false) continue;
      if (typeof value !== 'boolean' && String(value) === defaultValue(attribute.default)) continue;
      args[attribute.name] = value;
    }
    // Theme tokens, in the element's `style` attribute (stories/support/render.ts).
    for (const token of this.tokensOf(element)) {
      const value = this.values[token.name];
      if (typeof value === 'string' && value.trim() !== '') args[token.name] = value.trim();
    }
    return args;
  }

  /** The exact HTML to paste. */
  get code(): string {
    const element = this.current;
    if (!element?.tagName) return '';
    const tag = snippet(element.tagName, this.args);
    return this.includeScript ? `${HEAD_SNIPPET}\n${tag}` : tag;
  }

  private set(name: string, value: unknown): void {
    this.values = { ...this.values, [name]: value };
    this.status = '';
  }

  private async copy(): Promise<void> {
    try {
      await copyText(this.code, this.ownerDocument);
      this.statusFailed = false;
      this.status = 'Code copié dans le presse-papiers.';
    } catch {
      this.statusFailed = true;
      this.status = 'La copie automatique n’est pas possible ici : sélectionnez le code ci-dessus et copiez-le (Ctrl+C ou ⌘+C).';
      const range = document.createRange();
      const pre = this.renderRoot.querySelector('pre');
      if (pre) {
        range.selectNodeContents(pre);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    }
  }

  private renderControl(attribute: CemAttribute): TemplateResult {
    const id = `attr-${attribute.name}`;
    const hintId = `${id}-hint`;
    const kind = attributeKind(attribute);
    const value = this.values[attribute.name];
    const fallback = defaultValue(attribute.default);
    // Descriptions come from the manifest Storybook reads (storybookManifest: French), values in backticks as code.
    const hint = html`<span class="hint" id=${hintId}>${withCode(attribute.description ?? '')}${fallback !== undefined && kind.kind !== 'boolean' ? html` (défaut : ${fallback})` : nothing}</span>`;
    const label = html`<code>${attribute.name}</code>`;
    switch (kind.kind) {
      case 'boolean':
        return html`<div class="field check">
          <input id=${id} type="checkbox" .checked=${value === true} @change=${(e: Event) => this.set(attribute.name, (e.target as HTMLInputElement).checked)} />
          <label for=${id}>${label}${hint}</label>
        </div>`;
      case 'enum':
        return html`<div class="field">
          <label for=${id}>${label}</label>${hint}
          <select id=${id} aria-describedby=${hintId} @change=${(e: Event) => this.set(attribute.name, (e.target as HTMLSelectElement).value)}>
            ${fallback === undefined ? html`<option value="" ?selected=${!value}>(aucun)</option>` : nothing}
            ${kind.options.map((option) => html`<option value=${option} ?selected=${(value ?? fallback) === option}>${option}</option>`)}
          </select>
        </div>`;
      case 'number':
        return html`<div class="field">
          <label for=${id}>${label}</label>${hint}
          <input id=${id} type="number" aria-describedby=${hintId} .value=${value === undefined ? (fallback ?? '') : String(value)}
            @input=${(e: Event) => {
              const raw = (e.target as HTMLInputElement).value;
              this.set(attribute.name, raw === '' ? undefined : Number(raw));
            }} />
        </div>`;
      default:
        return html`<div class="field">
          <label for=${id}>${label}</label>${hint}
          <input id=${id} type="text" aria-describedby=${hintId} .value=${typeof value === 'string' ? value : ''}
            @input=${(e: Event) => this.set(attribute.name, (e.target as HTMLInputElement).value)} />
        </div>`;
    }
  }

  /** The live element, recreated only when the tag or an attribute changes. */
  private preview(tag: string): HTMLElement {
    const key = JSON.stringify(this.args);
    if (!this.live || this.live.tag !== tag || this.live.key !== key) {
      this.live = { tag, key, element: createElement(tag, this.args) };
    }
    return this.live.element;
  }

  protected override render(): TemplateResult {
    const elements = this.elements;
    const current = this.current;
    if (!current?.tagName) return html`<p>Le manifeste des éléments n’est pas disponible.</p>`;
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Élément</legend>
          <div class="field">
            <label for="element">Élément à intégrer</label>
            <select id="element" aria-describedby="element-summary" @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}>
              ${elements.map((e) => html`<option value=${e.tagName!} ?selected=${e === current}>&lt;${e.tagName}&gt;</option>`)}
            </select>
            <span class="hint" id="element-summary">${withCode(current.summary ?? '')}</span>
          </div>
          <div class="field check">
            <input id="script" type="checkbox" .checked=${this.includeScript} @change=${(e: Event) => {
              this.includeScript = (e.target as HTMLInputElement).checked;
              this.status = '';
            }} />
            <label for="script"
              >Inclure les balises de l’en-tête (<code>&lt;head&gt;</code>) : la feuille de style recommandée et le script<span class="hint"
                >Une seule fois par page, même avec plusieurs éléments ; la feuille de style garde la place de chaque élément dès le premier affichage.</span
              ></label
            >
          </div>
        </fieldset>
        <fieldset>
          <legend>Options de <code>&lt;${current.tagName}&gt;</code></legend>
          ${this.attributesOf(current).map((attribute) => this.renderControl(attribute))}
        </fieldset>
        ${this.tokensOf(current).length
          ? html`<fieldset>
              <legend>Thème (variables CSS)</legend>
              <p class="hint">Laissées vides, elles gardent leur valeur par défaut. Dans votre feuille de style, elles peuvent aussi se poser sur un bloc qui contient les éléments (voir « Thèmes »).</p>
              ${this.tokensOf(current).map((token) => this.renderToken(token))}
            </fieldset>`
          : nothing}
      </form>
      <div>
        <section aria-labelledby="preview-title">
          <h3 id="preview-title">Aperçu</h3>
          <div class="preview" lang="fr">${this.preview(current.tagName)}</div>
        </section>
        <section aria-labelledby="code-title">
          <h3 id="code-title">Code à coller dans votre page</h3>
          <pre><code>${this.code}</code></pre>
          <div class="actions">
            <button type="button" @click=${this.copy}>Copier</button>
            <p class="status ${this.statusFailed ? 'error' : ''}" role="status">${this.status}</p>
          </div>
        </section>
      </div>
    </div>`;
  }
}

/**
 * Registers the element once and returns its tag. The package's `sideEffects` list does not name
 * stories/, so a bare `import './snippet-builder'` would be dropped from the build: pages use
 * this value (`<SnippetBuilder />` in MDX renders the tag), which keeps the registration.
 */
export function defineSnippetBuilder(): 'story-snippet-builder' {
  if (!globalThis.customElements.get('story-snippet-builder')) {
    globalThis.customElements.define('story-snippet-builder', StorySnippetBuilder);
  }
  return 'story-snippet-builder';
}

export const SnippetBuilder = defineSnippetBuilder();

declare global {
  interface HTMLElementTagNameMap {
    'story-snippet-builder': StorySnippetBuilder;
  }
}
