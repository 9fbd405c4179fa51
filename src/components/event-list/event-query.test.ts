import { expect } from '@open-wc/testing';
import { distinctTerms } from './event-query.js';
import type { RoseUpEvent, Term } from '../../data/types.js';

const withCategory = (label: string, id = label.toLowerCase()): RoseUpEvent => ({ category: { id, label } }) as RoseUpEvent;

describe('distinctTerms (the event list’s filter options)', () => {
  it('lists each term once, in alphabetical order whatever the case and accents, as a French reader expects', () => {
    const labels = ['Yoga', 'écriture', 'Activité physique', 'Art-thérapie', 'Œnologie', 'alimentation', 'Éducation thérapeutique', 'Yoga'];
    const terms = distinctTerms(labels.map((label) => withCategory(label)), (e) => e.category);
    expect(terms.map((t: Term) => t.label)).to.deep.equal([
      'Activité physique',
      'alimentation',
      'Art-thérapie',
      'écriture',
      'Éducation thérapeutique',
      'Œnologie',
      'Yoga',
    ]);
    // The same order as a French collator that ignores case and accents.
    const collator = new Intl.Collator('fr', { sensitivity: 'base' });
    expect(terms.map((t) => t.label)).to.deep.equal([...new Set(labels)].sort(collator.compare));
  });

  it('skips events without the term and keeps the first label seen for an id', () => {
    const events = [withCategory('Sport', 'sport'), { category: undefined } as RoseUpEvent, withCategory('Activité sportive', 'sport')];
    expect(distinctTerms(events, (e) => e.category)).to.deep.equal([{ id: 'sport', label: 'Sport' }]);
  });
});
