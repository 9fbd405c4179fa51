// Large synthetic feeds for tests and benchmarks: a JSON Feed 1.1 document with the `_roseup`
// extension, generated from a seeded pseudo-random sequence so that the same options always give
// the same document. The French vocabulary deliberately exercises what a search index must
// handle: accents, elisions (l'immunothérapie, d'hormonothérapie), the ligature œ (cœur, sœur),
// plurals and feminines, typographic apostrophes and very long titles. Types: ./synthetic-feed.d.mts.

import { PARIS_TIME_ZONE, addDays, parisDay, parisTime } from './paris-time.mjs';

/** mulberry32: a tiny, fast 32-bit PRNG; returns a function giving floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const term = (id, label) => ({ id, label });

const CATEGORIES = [
  term('cancers-metastatiques', 'Cancers métastatiques'),
  term('symptomes-et-diagnostic', 'Symptômes et diagnostic'),
  term('droits-et-demarches', 'Droits et démarches'),
  term('beaute', 'Beauté'),
  term('activite-physique', 'Activité physique'),
  term('alimentation', 'Alimentation'),
  term('traitements', 'Traitements'),
  term('angoisse-et-stress', 'Angoisse et stress'),
  term('vie-affective-et-proches', 'Vie affective et proches'),
  term('travail-et-argent', 'Travail et argent'),
];

const ARTICLE_FORMATS = [
  term('tout-savoir-sur', 'Tout savoir sur'),
  term('temoignages', 'Témoignages'),
  term('actualite', 'Actualité'),
  term('conseils', 'Conseils'),
  term('video', 'Vidéo'),
];

const EVENT_FORMATS = [
  term('atelier', 'Atelier'),
  term('temps-d-echange', "Temps d'échange"),
  term('groupe-de-parole', 'Groupe de parole'),
  term('conference', 'Conférence'),
];

// Treatments and subjects, each with the article it takes ("l'" elides before a vowel or a mute h).
const TREATMENTS = [
  'immunothérapie',
  'hormonothérapie',
  'chimiothérapie',
  'radiothérapie',
  'curiethérapie',
  'thérapie ciblée',
];

const TOPICS = [
  'les métastases osseuses',
  'les métastases hépatiques',
  'le cancer du sein',
  "le cancer de l'ovaire",
  "le cancer de l'utérus",
  'le cancer du poumon',
  'le lymphœdème',
  'la fatigue',
  'les nausées',
  'la perte de cheveux',
  'la perte des cils et des sourcils',
  'les ongles fragilisés',
  'le retour au travail',
  "le droit à l'oubli",
  'les soins de support',
  'la socio-esthétique',
  'le cœur après la chimiothérapie',
  'la sexualité',
  'la fertilité',
  'les proches aidants',
  "l'activité physique adaptée",
  "l'alimentation",
  "l'anxiété des examens",
  'la rémission',
  'la rechute',
];

const ANGLES = [
  'ce que les patientes doivent savoir',
  'les questions que vous vous posez',
  'nos conseils pratiques',
  'ce qui change en 2026',
  'les idées reçues à oublier',
  'comment en parler à ses proches',
  'le point avec une oncologue',
  'les réponses des soignantes',
  'les gestes qui soulagent',
  'vos droits, pas à pas',
];

// Plurals and feminines, with the participle that agrees.
const PEOPLE = [
  ['Patientes', 'touchées'],
  ['Patients', 'touchés'],
  ['Jeunes femmes', 'touchées'],
  ['Mères', 'touchées'],
  ['Hommes', 'touchés'],
  ['Sœurs', 'touchées'],
];

const QUOTES = [
  'Ma sœur m’a accompagnée à chaque séance',
  "J'ai repris le sport pendant ma chimiothérapie",
  'Mon cœur a tenu bon, et moi aussi',
  'On m’a dit que c’était le stress',
  'Je ne voulais pas que mes enfants me voient fatiguée',
  'Les soignantes ont été formidables',
  "Cinq ans d'hormonothérapie, et enfin la fin du traitement",
  "L'immunothérapie m’a rendu des années",
  'Nous étions deux sœurs touchées la même année',
  'J’ai appris à vivre avec mes métastases',
];

const LONG_CLAUSES = [
  'ce que disent les dernières études, les recommandations des sociétés savantes et les témoignages de femmes qui sont passées par là',
  'entre effets secondaires, rendez-vous à l’hôpital, démarches administratives et vie de famille, comment garder la tête hors de l’eau',
  "avant, pendant et après les traitements, les conseils de l'équipe soignante pour préserver son corps, son moral et sa vie sociale",
  'un guide complet pour comprendre, anticiper et poser les bonnes questions à son oncologue lors de la prochaine consultation',
];

const SENTENCES = [
  (t, x) => `Beaucoup de patientes se posent des questions sur ${t}.`,
  (t, x) => `Pour ${t}, les soignants rappellent que tout se discute avec l'équipe qui vous suit.`,
  (t, x) => `Pendant une ${x}, la fatigue peut s'installer durablement.`,
  (t, x) => `Les effets secondaires ${de(x)} varient beaucoup d'une personne à l'autre.`,
  (t, x) => `Des femmes touchées par un cancer racontent comment elles ont vécu ${t}.`,
  (t, x) => `Une sœur, un conjoint ou une amie peut être un soutien précieux.`,
  (t, x) => `La surveillance du cœur fait partie du suivi de certains traitements.`,
  (t, x) => `Quand des métastases apparaissent, le traitement est adapté à chaque situation.`,
  (t, x) => `L'immunothérapie et les thérapies ciblées ont changé la prise en charge de plusieurs cancers.`,
  (t, x) => `Les associations proposent des ateliers gratuits de socio-esthétique et d'activité physique adaptée.`,
  (t, x) => `Parlez-en à votre médecin traitant ou à l'infirmière de coordination.`,
  (t, x) => `Les personnes traitées par ${x} sont invitées à signaler tout symptôme inhabituel.`,
];

const TAGS = [
  'Immunothérapie',
  'Hormonothérapie',
  'Chimiothérapie',
  'Métastases',
  'Cancer du sein',
  'Lymphœdème',
  'Fatigue',
  'Socio-esthétique',
  'Droit à l’oubli',
  'Proches',
  'Travail',
  'Nutrition',
  'Sport adapté au cancer',
  'Cœur',
];

const AUTHORS = [
  { name: 'Claire Dumas', _roseup: { role: 'Journaliste santé' } },
  { name: 'Inès Benali', _roseup: { role: 'Journaliste', bio: 'Écrit sur les droits des patientes et la vie au travail.' } },
  { name: 'Sophie Lefèvre' },
  { name: 'Hélène Moreau', _roseup: { role: 'Rédactrice en chef adjointe' } },
  { name: 'La rédaction' },
];

const LOCATIONS = [
  { name: 'Maison RoseUp Paris', locality: 'Paris', postal_code: '75011', country: 'FR' },
  { name: 'Maison RoseUp Bordeaux', locality: 'Bordeaux', postal_code: '33000', country: 'FR' },
  { name: 'Espace des associations', street_address: '12 rue de l’Hôpital', locality: 'Lyon', postal_code: '69003', country: 'FR' },
];

const EVENT_TITLES = [
  'Qi Gong adapté',
  'Yoga doux',
  'Marche nordique',
  'Sophrologie : apprivoiser le stress',
  'Atelier maquillage des cils et sourcils',
  'Bourse aux foulards et turbans',
  'Groupe de parole : vivre avec des métastases',
  "Conférence : l'immunothérapie expliquée",
  'Permanence juridique',
  'À votre écoute',
  'Cuisine et chimiothérapie',
  'Atelier d’écriture',
];

const STATUSES = ['scheduled', 'cancelled', 'postponed', 'full'];
const ATTENDANCES = ['offline', 'online', 'mixed'];
const CHANNEL_SETS = [['phone'], ['video'], ['phone', 'video']];
const IMAGES = ['metastases', 'temoignage', 'droits', 'beaute', 'activite', 'alimentation'];
const EVENT_HOURS = [9, 10, 11, 14, 15, 18];
const EVENT_MINUTES = [0, 15, 30, 45];

/** "de" with elision: d'hormonothérapie, d'immunothérapie, de chimiothérapie. */
function de(word) {
  return /^[aeiouyhàâäéèêëîïôöûüœ]/i.test(word) ? `d'${word}` : `de ${word}`;
}

/** The noun with its definite article: l'immunothérapie, la chimiothérapie. */
function withArticle(word) {
  return /^[aeiouyhàâäéèêëîïôöûüœ]/i.test(word) ? `l'${word}` : `la ${word}`;
}

// Items never share objects with each other or with these tables, so a caller may mutate a feed.
const copyAuthor = (a) => (a._roseup ? { ...a, _roseup: { ...a._roseup } } : { ...a });

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

const slugs = new Map();

/** ASCII slug of a French label (memoised: titles repeat a lot). */
function slugify(text) {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = computeSlug(text);
    if (slugs.size < 5000) slugs.set(text, slug);
  }
  return slug;
}

function computeSlug(text) {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isoSeconds = (ms) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

function checkCount(name, value) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`buildSyntheticFeed: \`${name}\` must be an integer >= 0`);
}

/**
 * A deterministic synthetic feed: `articles` articles published before `now` (newest first),
 * then `events` events in the 60 days after the Paris day of `now`, cycling through every
 * status and attendance mode. Same options, same document.
 */
export function buildSyntheticFeed({
  articles = 1000,
  events = 0,
  seed = 1,
  now = new Date('2026-01-15T12:00:00Z'),
  feedUrl = 'https://example.org/feed.json',
} = {}) {
  checkCount('articles', articles);
  checkCount('events', events);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('buildSyntheticFeed: `now` must be a valid Date');
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const base = new URL(feedUrl);
  const origin = `${base.origin}/`;
  const images = IMAGES.map((name) => new URL(`images/${name}.svg`, base).href);

  const items = new Array(articles + events);
  let published = now.getTime();

  for (let i = 0; i < articles; i++) {
    const treatment = pick(TREATMENTS);
    const topic = pick(TOPICS);
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    const format = ARTICLE_FORMATS[Math.floor(random() * ARTICLE_FORMATS.length)];
    let title;
    switch (Math.floor(random() * 6)) {
      case 0:
        title = `${capitalise(topic)} : ${pick(ANGLES)}`;
        break;
      case 1:
        title = `«\u00a0${pick(QUOTES)}\u00a0»`;
        break;
      case 2:
        title = `Tout savoir sur ${withArticle(treatment)}`;
        break;
      case 3:
        title = `Effets secondaires ${de(treatment)} : ${pick(ANGLES)}`;
        break;
      case 4: {
        const [people, touched] = pick(PEOPLE);
        title = `${people} ${touched} par ${topic} : ${pick(ANGLES)}`;
        break;
      }
      default:
        title = `${pick(PEOPLE)[0]} sous ${treatment} : ${pick(ANGLES)}`;
    }
    if (i % 13 === 7) {
      title = `${title} – ${pick(LONG_CLAUSES)}`;
      while (title.length <= 150) title = `${title}, ${pick(LONG_CLAUSES)}`;
    }
    const sentenceCount = 2 + Math.floor(random() * 3);
    const sentences = [];
    let index = Math.floor(random() * SENTENCES.length);
    const step = 1 + Math.floor(random() * 4);
    for (let s = 0; s < sentenceCount; s++) {
      sentences.push(SENTENCES[index](topic, treatment));
      index = (index + step) % SENTENCES.length;
    }
    const slug = `${slugify(title).slice(0, 60).replace(/-$/, '')}-${i + 1}`;
    const url = `${origin}magazine/${slug}/`;
    published -= 3600000 + Math.floor(random() * 6 * 3600000);
    const item = {
      id: url,
      url,
      title,
      summary: `${capitalise(topic)} et ${withArticle(treatment)} : ${pick(ANGLES)}.`,
      content_text: sentences.join(' '),
    };
    const imageRoll = random();
    if (imageRoll < 0.65) item.image = images[i % images.length];
    item.date_published = isoSeconds(published);
    if (random() < 0.2) item.date_modified = isoSeconds(published + Math.floor(random() * 30 * 86400000));
    const tagCount = 1 + Math.floor(random() * 3);
    const tags = [];
    for (let t = 0; t < tagCount; t++) {
      const tag = pick(TAGS);
      if (!tags.includes(tag)) tags.push(tag);
    }
    item.tags = tags;
    item.authors = [copyAuthor(AUTHORS[i % AUTHORS.length])];
    const ext = { kind: 'article' };
    if (imageRoll < 0.5) ext.image_alt = '';
    ext.category = { ...category };
    ext.format = { ...format };
    ext.reading_minutes = 2 + Math.floor(random() * 12);
    item._roseup = ext;
    items[i] = item;
  }

  const today = parisDay(now);
  const eventList = [];
  for (let j = 0; j < events; j++) {
    const name = EVENT_TITLES[j % EVENT_TITLES.length];
    const day = addDays(today, 1 + Math.floor(random() * 60));
    const hour = pick(EVENT_HOURS);
    const minute = pick(EVENT_MINUTES);
    const start = parisTime(day, hour, minute);
    const end = parisTime(day, hour + 1 + Math.floor(random() * 2), minute);
    const status = STATUSES[j % STATUSES.length];
    const attendance = ATTENDANCES[Math.floor(j / STATUSES.length) % ATTENDANCES.length];
    const page = `${origin}agenda/${slugify(name)}-${j + 1}/`;
    const event = { start: start.iso, end: end.iso, time_zone: PARIS_TIME_ZONE, status, attendance };
    if (attendance !== 'online') event.location = { ...LOCATIONS[j % LOCATIONS.length] };
    if (attendance !== 'offline') event.remote = { channels: [...CHANNEL_SETS[j % CHANNEL_SETS.length]] };
    event.registration = { url: `${page}inscription/`, required: random() < 0.8, free: random() < 0.9 };
    const maximum = 6 + Math.floor(random() * 15);
    event.capacity = { maximum, remaining: status === 'full' ? 0 : 1 + Math.floor(random() * maximum) };
    if (j % 3 === 0) event.practical_info = ['Certificat médical obligatoire'];
    const treatment = pick(TREATMENTS);
    const item = {
      id: `${page}#${start.local}`,
      url: page,
      title: j % 17 === 5 ? `${name} – ${pick(LONG_CLAUSES)}` : name,
      summary: `Un rendez-vous pour les personnes touchées par un cancer et leurs proches, autour ${de(treatment)}.`,
      content_text: `${pick(SENTENCES)(pick(TOPICS), treatment)} ${pick(SENTENCES)(pick(TOPICS), treatment)}`,
    };
    if (random() < 0.5) item.image = images[j % images.length];
    item.date_published = isoSeconds(now.getTime() - (1 + Math.floor(random() * 10)) * 86400000);
    item.tags = [pick(TAGS)];
    item._roseup = {
      kind: 'event',
      category: { ...CATEGORIES[Math.floor(random() * CATEGORIES.length)] },
      format: { ...EVENT_FORMATS[j % EVENT_FORMATS.length] },
      event,
    };
    eventList.push({ item, at: start.instant, j });
  }
  eventList.sort((a, b) => a.at - b.at || a.j - b.j);
  for (let k = 0; k < eventList.length; k++) items[articles + k] = eventList[k].item;

  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'RoseUp (synthétique)',
    home_page_url: origin,
    feed_url: base.href,
    description: `Flux synthétique : ${articles} articles, ${events} événements, graine ${seed}.`,
    language: 'fr-FR',
    _roseup: {
      schema: 1,
      search_url: `${origin}recherche/`,
      agenda_url: `${origin}agenda/`,
      suggestions: [
        { label: "L'immunothérapie", query: "l'immunothérapie" },
        { label: 'Effets secondaires', query: 'effets secondaires' },
        { label: 'Cœur et chimiothérapie', query: 'cœur chimiothérapie' },
      ],
    },
    items,
  };
}
