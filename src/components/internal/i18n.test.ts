import { expect } from '@open-wc/testing';
import { plural } from './i18n.js';

const forms = { one: '{n} favori', other: '{n} favoris' };

describe('plural', () => {
  it('reads counts as French and English readers expect', () => {
    expect(plural('fr', 0, forms)).to.equal('0 favori');
    expect(plural('fr', 1, forms)).to.equal('1 favori');
    expect(plural('fr', 2, forms)).to.equal('2 favoris');
    expect(plural('en', 0, { one: '{n} bookmark', other: '{n} bookmarks' })).to.equal('0 bookmarks');
    expect(plural('en', 1, { one: '{n} bookmark', other: '{n} bookmarks' })).to.equal('1 bookmark');
    expect(plural('en', 21, { one: '{n} bookmark', other: '{n} bookmarks' })).to.equal('21 bookmarks');
  });

  it('agrees with the browser’s plural rules for every count an element can show', () => {
    const counts = [...Array.from({ length: 5001 }, (_, n) => n), 1_000_000, 2_000_000, 1_000_001, 123_456_789];
    for (const lang of ['fr', 'en'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (const count of counts) {
        const expected = rules.select(count) === 'one' ? 'one' : 'other';
        expect(plural(lang, count, { one: 'one', other: 'other' }), `${lang} ${count}`).to.equal(expected);
      }
    }
  });
});
