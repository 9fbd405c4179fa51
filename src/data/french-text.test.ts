import { expect } from '@open-wc/testing';
import { foldText, highlightRanges, indexWords, stemFrench, tokenize } from './french-text.js';

/** The marked parts of `text`, as an element would render them. */
const marked = (text: string, terms: string[]): string[] =>
  highlightRanges(text, terms).map(([start, end]) => text.slice(start, end));

describe('foldText', () => {
  it('lowercases and strips accents', () => {
    expect(foldText('Métastases À Côté ÉTÉ Noël çà')).to.equal('metastases a cote ete noel ca');
  });

  it('expands œ and æ, upper case included', () => {
    expect(foldText('Cœur ŒDÈME Lætitia Æ')).to.equal('coeur oedeme laetitia ae');
  });

  it('turns typographic apostrophes into plain ones', () => {
    expect(foldText('l’immunothérapie l‘été lʼavis')).to.equal("l'immunotherapie l'ete l'avis");
  });

  it('removes decomposed combining marks too', () => {
    expect(foldText('Me\u0301tastase')).to.equal('metastase');
  });
});

describe('tokenize', () => {
  it('splits on anything that is not a letter or a digit', () => {
    expect(tokenize('Qi-Gong adapté, COVID-19 (2026) : santé/bien-être')).to.deep.equal([
      'qi',
      'gong',
      'adapte',
      'covid',
      '19',
      '2026',
      'sante',
      'bien',
      'etre',
    ]);
  });

  it('strips French elisions', () => {
    expect(tokenize("l'immunothérapie")).to.deep.equal(['immunotherapie']);
    expect(tokenize('L’Immunothérapie')).to.deep.equal(['immunotherapie']);
    expect(tokenize("d'abord j'ai qu'elle n'est s'il t'aide m'aide c'était")).to.deep.equal([
      'abord',
      'ai',
      'aide',
      'aide',
      'etait',
    ]);
    expect(tokenize("lorsqu'il puisqu'on jusqu'au presqu'île")).to.deep.equal(['ile']);
  });

  it("keeps other apostrophes inside a word (aujourd'hui)", () => {
    expect(tokenize("Aujourd'hui")).to.deep.equal(['aujourdhui']);
  });

  it('drops stop words but keeps the words that matter', () => {
    expect(tokenize('À votre écoute')).to.deep.equal(['ecoute']);
    expect(tokenize('Le sein et la santé du cœur pour les femmes')).to.deep.equal(['sein', 'sante', 'coeur', 'femmes']);
  });

  it('drops question words, as it drops quel and quoi: a question is searched by what it asks about', () => {
    expect(tokenize('Comment parler à mes enfants ? Pourquoi, combien de temps ?')).to.deep.equal(['parler', 'enfants', 'temps']);
  });

  it('gives nothing for stop words only or no words at all', () => {
    expect(tokenize('à la de des et ou')).to.deep.equal([]);
    expect(tokenize('')).to.deep.equal([]);
    expect(tokenize(' ,;:!? ’ ')).to.deep.equal([]);
  });
});

describe('indexWords', () => {
  it('gives the words of tokenize, and each hyphenated compound written as one word', () => {
    // Visitors write "postopératoire", "socioesthétique", "qigong" as often as with a hyphen.
    expect(indexWords('Soins post-opératoires et socio‑esthétique, l’après-cancer, Qi-Gong')).to.deep.equal([
      'soins',
      'post',
      'operatoires',
      'socio',
      'esthetique',
      'apres',
      'cancer',
      'qi',
      'gong',
      'postoperatoires',
      'socioesthetique',
      'aprescancer',
      'qigong',
    ]);
    expect(indexWords('Le sein et la santé')).to.deep.equal(tokenize('Le sein et la santé'));
    // Grammar, not compounds: nothing joined.
    expect(indexWords('Est-ce grave ? C’est-à-dire, vous-même')).to.deep.equal(tokenize('Est-ce grave ? C’est-à-dire, vous-même'));
    expect(indexWords('')).to.deep.equal([]);
  });
});

describe('stemFrench', () => {
  const stem = (word: string) => stemFrench(foldText(word));
  const same = (...words: string[]) => {
    const stems = words.map(stem);
    expect(new Set(stems).size, `${words.join(', ')} → ${stems.join(', ')}`).to.equal(1);
  };

  it('conflates plurals', () => {
    same('cancer', 'cancers');
    same('métastase', 'métastases');
    same('chimiothérapie', 'chimiothérapies');
    same('hôpital', 'hôpitaux');
    same('cheveu', 'cheveux');
    same('nouveau', 'nouveaux');
  });

  it('conflates feminines', () => {
    same('chercheur', 'chercheuse', 'chercheurs', 'chercheuses');
    same('douloureux', 'douloureuse', 'douloureuses');
    same('directeur', 'directrice');
    same('sportif', 'sportive', 'sportifs', 'sportives');
    same('naturel', 'naturelle', 'naturelles');
    same('parisien', 'parisienne', 'parisiennes');
    same('fatigué', 'fatiguée', 'fatigue');
    same('infirmier', 'infirmière', 'infirmières');
  });

  it('gives métastatique the stem of métastase (and nécrotique that of nécrose)', () => {
    same('métastatique', 'métastatiques', 'métastase', 'métastases');
    expect(stem('métastatiques')).to.equal('metastas');
    same('nécrotique', 'nécrose');
    expect(stem('oncologique')).to.equal('oncolog');
  });

  it('keeps words of three letters or fewer, and words with digits, intact', () => {
    for (const word of ['ans', 'mal', 'os', 'vie', 'kg', 'h24', 'covid19']) expect(stemFrench(word)).to.equal(word);
  });

  it('never leaves fewer than three letters', () => {
    for (const word of ['idée', 'unique', 'mes', 'peur', 'elle', 'ives', 'eux']) {
      expect(stem(word).length, word).to.be.at.least(Math.min(3, foldText(word).length));
    }
  });
});

describe('highlightRanges', () => {
  it('marks whole words whose stem matches, on the original accented text', () => {
    const title = 'Tout savoir sur les cancers métastatiques et les métastases';
    expect(marked(title, ['métastases'])).to.deep.equal(['métastatiques', 'métastases']);
    expect(marked(title, ['savoir'])).to.deep.equal(['savoir']);
    expect(marked(title, ['cancer', 'metastas'])).to.deep.equal(['cancers', 'métastatiques', 'métastases']);
  });

  it('returns correct ranges on a hostile title', () => {
    const title = '<img src=x onerror=alert(1)> métastases';
    const ranges = highlightRanges(title, ['metastase']);
    expect(ranges).to.deep.equal([[29, 39]]);
    expect(title.slice(29, 39)).to.equal('métastases');
    expect(marked('<script>alert("chimio")</script> Chimiothérapie', ['chimio'])).to.deep.equal(['chimio', 'Chimio']);
  });

  it('marks only the typed prefix of a longer word', () => {
    expect(marked('Chimiothérapie et immunothérapie', ['chimio', 'immunoth'])).to.deep.equal(['Chimio', 'immunoth']);
    expect(marked('Les métastases', ['meta'])).to.deep.equal(['méta']);
  });

  it('maps through œ (one character folded to two)', () => {
    const title = 'Le cœur et les sœurs, Œdème';
    expect(marked(title, ['coeur'])).to.deep.equal(['cœur']);
    expect(marked(title, ['co'])).to.deep.equal(['cœ']);
    expect(marked(title, ['oedeme'])).to.deep.equal(['Œdème']);
    expect(marked(title, ['soeurs', 'oed'])).to.deep.equal(['sœurs', 'Œd']);
  });

  it('maps through decomposed accents (NFD input)', () => {
    const title = 'Cafe\u0301 me\u0301tastase';
    expect(marked(title, ['cafe'])).to.deep.equal(['Cafe\u0301']);
    expect(marked(title, ['metas'])).to.deep.equal(['me\u0301tas']);
  });

  it('leaves elisions and apostrophes outside the mark', () => {
    expect(marked('L’immunothérapie, c’est quoi ?', ["l'immunothérapie"])).to.deep.equal(['immunothérapie']);
    expect(marked("Aujourd'hui", ['aujourdhui'])).to.deep.equal(["Aujourd'hui"]);
  });

  it('handles characters outside the BMP before a match', () => {
    const title = '🎗️ Octobre rose 🎀 dépistage';
    expect(marked(title, ['depistage', 'octobre'])).to.deep.equal(['Octobre', 'dépistage']);
  });

  it('marks nothing for stop words, single letters, no terms or no match', () => {
    expect(highlightRanges('À votre écoute', ['à', 'votre'])).to.deep.equal([]);
    expect(highlightRanges('Cancer du sein', ['c'])).to.deep.equal([]);
    expect(highlightRanges('Cancer du sein', [])).to.deep.equal([]);
    expect(highlightRanges('', ['cancer'])).to.deep.equal([]);
    expect(highlightRanges('Cancer du sein', ['poumon'])).to.deep.equal([]);
  });

  it('marks a hyphenated compound matched as one word ("postopératoire")', () => {
    expect(marked('Les soins post-opératoires', ['postoperatoir'])).to.deep.equal(['post-opératoires']);
    expect(marked('La socio‑esthétique', ['socioesthet'])).to.deep.equal(['socio‑esthétique']);
    expect(marked('L’après-cancer', ['aprescancer'])).to.deep.equal(['après-cancer']);
    // Its parts matched too: one mark, not overlapping ones.
    expect(marked('Les soins post-opératoires', ['post', 'postoperatoir'])).to.deep.equal(['post-opératoires']);
  });

  it('returns sorted ranges that do not overlap', () => {
    const ranges = highlightRanges('Sein, seins, cancer du sein', ['sein', 'se']);
    expect(ranges).to.deep.equal([
      [0, 4],
      [6, 11],
      [23, 27],
    ]);
  });
});
