import { expect } from '@open-wc/testing';
import { categoryDocumentUrl, categoryKey, itemDocumentUrl, itemKey } from './item-key.js';

describe('itemKey', () => {
  it('is the 64-bit FNV-1a hash of the id, as published test vectors give it', () => {
    expect(itemKey('')).to.equal('cbf29ce484222325');
    expect(itemKey('a')).to.equal('af63dc4c8601ec8c');
    expect(itemKey('foobar')).to.equal('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes, so accents and other scripts give stable keys', () => {
    const key = itemKey('https://www.rose-up.fr/magazine/être-soi/');
    expect(key).to.match(/^[0-9a-f]{16}$/);
    expect(key).not.to.equal(itemKey('https://www.rose-up.fr/magazine/etre-soi/'));
    expect(itemKey('https://www.rose-up.fr/magazine/être-soi/')).to.equal(key);
  });

  it('gives 20,000 distinct ids 20,000 distinct keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(itemKey(`https://www.rose-up.fr/magazine/article-${i}/`));
    expect(keys.size).to.equal(20_000);
  });

  it('fills a template', () => {
    expect(itemDocumentUrl('https://cdn.example/roseup/items/{key}.json', 'a')).to.equal(
      'https://cdn.example/roseup/items/af63dc4c8601ec8c.json',
    );
  });
});

describe('categoryKey', () => {
  it('keeps a slug as it is', () => {
    expect(categoryKey('cancers-metastatiques')).to.equal('cancers-metastatiques');
    expect(categoryDocumentUrl('https://cdn.example/categories/{category}.json', 'beaute')).to.equal(
      'https://cdn.example/categories/beaute.json',
    );
  });

  it('hashes anything else into a safe name', () => {
    for (const id of ['Beauté', '../etc', 'a b', '-x', 'x-', 'UPPER', '']) {
      expect(categoryKey(id)).to.equal(`_${itemKey(id)}`);
    }
  });
});
