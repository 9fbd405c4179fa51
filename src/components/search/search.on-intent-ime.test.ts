// An input method composing while the search field's behaviour is on its way (a page of its own:
// the behaviour must not be loaded yet, and once loaded it stays). The composition is left to the
// input method when the behaviour arrives, and searched when it ends.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RoseUpSearch } from './search.js';
import './define.js';
import { until } from '../../../test/helpers/feeds.js';
import { mountSearch } from '../../../test/helpers/search-fixture.js';

describe('<roseup-search> composing before its behaviour is loaded', () => {
  const realLoader = RoseUpSearch.loadBehaviour;
  after(() => (RoseUpSearch.loadBehaviour = realLoader));

  it('keeps the composition, leaves it to the input method on arrival and searches when it ends', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    RoseUpSearch.loadBehaviour = () => held.then(() => realLoader());
    const { el, input, navigated } = await mountSearch({ key: 'search-ime' });
    const results = () => el.shadowRoot!.querySelectorAll('[role="option"].result');

    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
    input.value = 'qi gong';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: 'qi gong' }));
    release();
    await el.ready;
    await el.updateComplete;
    // Still composing: the text is kept and nothing is searched yet; Enter belongs to the input method.
    expect(input.value).to.equal('qi gong');
    expect(results()).to.have.length(0);
    // The focused field opened on its suggestions, not on the unfinished text.
    await until(() => el.shadowRoot!.querySelectorAll('[role="option"].suggestion').length > 0, 'the suggestions');
    expect(el.shadowRoot!.querySelector('[part~="see-all"]')).to.equal(null);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, isComposing: true }));
    expect(navigated).to.deep.equal([]);
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: 'qi gong' }));
    await until(() => results().length > 0, 'results once composition ends');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(results()[0].querySelector('.title')!.textContent!.trim()).to.equal('Qi Gong adapté aux personnes touchées par un cancer');
    await sendKeys({ press: 'Enter' });
    expect(navigated).to.deep.equal(['https://www.rose-up.fr/recherche/?q=qi+gong']);
  });
});
