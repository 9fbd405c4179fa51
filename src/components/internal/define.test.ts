import { expect } from '@open-wc/testing';
import { define } from './define.js';
import { VERSION } from '../../version.js';

async function warningsDuring(action: () => void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define (registration that tolerates a second copy)', () => {
  it('registers once; a second copy of RoseUp Elements is not registered and both versions are named', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('roseup-test-define-a', First);
    const warnings = await warningsDuring(() => define('roseup-test-define-a', Second));
    expect(customElements.get('roseup-test-define-a')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`already defined by RoseUp Elements ${VERSION}`);
  });

  it('says so when the page itself defined the tag, without calling it RoseUp’s', async () => {
    class PageOwn extends HTMLElement {}
    customElements.define('roseup-test-define-b', PageOwn);
    const warnings = await warningsDuring(() => define('roseup-test-define-b', class extends HTMLElement {}));
    expect(customElements.get('roseup-test-define-b')).to.equal(PageOwn);
    expect(warnings[0]).to.contain('already defined by the page, not by RoseUp Elements');
  });

  it('is silent when the same class is defined again', async () => {
    class Same extends HTMLElement {}
    define('roseup-test-define-c', Same);
    expect(await warningsDuring(() => define('roseup-test-define-c', Same))).to.deep.equal([]);
  });
});
