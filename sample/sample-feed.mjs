// Sample RoseUp feed: a JSON Feed 1.1 document with the `_roseup` extension (see README.md,
// "The feed", and src/data/types.ts). Plain JavaScript so that it runs unchanged in Node (demo server, benchmarks)
// and in the browser (tests). Types: ./sample-feed.d.mts.
//
// Articles carry fixed editorial dates. Events are laid out on the Paris calendar around `now`:
// the same `now` always gives the same document, and wall-clock times are Paris times whose
// UTC offset (+01:00 or +02:00) is computed with Intl for each date, never with the machine's zone.

import { PARIS_TIME_ZONE, addDays, parisDay, parisTime } from './paris-time.mjs';

export { PARIS_TIME_ZONE };

const SITE = 'https://www.rose-up.fr/';
const MAGAZINE = `${SITE}magazine/`;
const AGENDA = `${SITE}agenda/`;
const NBSP = '\u00a0';

// ---------------------------------------------------------------------------------------------
// Taxonomy

const term = (id, label) => ({ id, label });

const CATEGORIES = {
  metastatiques: term('cancers-metastatiques', 'Cancers métastatiques'),
  symptomes: term('symptomes-et-diagnostic', 'Symptômes et diagnostic'),
  droits: term('droits-et-demarches', 'Droits et démarches'),
  beaute: term('beaute', 'Beauté'),
  activite: term('activite-physique', 'Activité physique'),
  alimentation: term('alimentation', 'Alimentation'),
  traitements: term('traitements', 'Traitements'),
  angoisse: term('angoisse-et-stress', 'Angoisse et stress'),
  proches: term('vie-affective-et-proches', 'Vie affective et proches'),
};

const FORMATS = {
  toutSavoir: term('tout-savoir-sur', 'Tout savoir sur'),
  temoignages: term('temoignages', 'Témoignages'),
  actualite: term('actualite', 'Actualité'),
  conseils: term('conseils', 'Conseils'),
  atelier: term('atelier', 'Atelier'),
  echange: term('temps-d-echange', "Temps d'échange"),
  groupe: term('groupe-de-parole', 'Groupe de parole'),
  conference: term('conference', 'Conférence'),
};

const SUGGESTIONS = [
  'soin de support',
  'soin de socio-esthétique',
  'perte de cheveux liée au cancer',
  'Rdv de socio-esthétique',
  'ongles fragilisés par le cancer',
  'perte de sourcils liée au cancer',
  'perte de cils liée au cancer',
  'maquillage des cils',
  'sport adapté au cancer',
  'détente et bien-être',
];

// ---------------------------------------------------------------------------------------------
// Authors

const EMILIE_GROYER = {
  name: 'Emilie Groyer',
  _roseup: {
    role: 'Rédactrice en chef',
    bio:
      "Docteure en biologie, Emilie a d'abord passé une dizaine d'années à rédiger des brevets en " +
      'biotechnologie, puis elle a choisi le journalisme. Arrivée à Rose magazine en 2018, elle dirige ' +
      "aujourd'hui la rédaction du site et s'attache à rendre les avancées scientifiques compréhensibles " +
      'par tous.',
  },
};

const REDACTION = {
  name: 'La rédaction de Rose magazine',
  url: MAGAZINE,
};

const ASSOCIATION = {
  name: 'RoseUp Association',
  url: SITE,
  _roseup: { role: 'Association de patientes' },
};

// ---------------------------------------------------------------------------------------------
// Articles (fixed editorial content, newest first)

const article = ({ slug, title, summary, text, image, imageAlt, published, modified, tags, authors, category, format, minutes }) => {
  const url = `${MAGAZINE}${slug}/`;
  const item = { id: url, url, title, summary, content_text: text };
  if (image !== undefined) item.image = image;
  item.date_published = published;
  if (modified !== undefined) item.date_modified = modified;
  item.tags = tags;
  item.authors = authors;
  const ext = { kind: 'article' };
  if (imageAlt !== undefined) ext.image_alt = imageAlt;
  ext.category = category;
  ext.format = format;
  ext.reading_minutes = minutes;
  item._roseup = ext;
  return item;
};

const PAGE_1_ARTICLES = [
  article({
    slug: 'loi-lemoine-une-loi-encore-mal-appliquee',
    title: 'Loi Lemoine : une loi encore mal appliquée',
    summary:
      "À quelques jours de la Journée mondiale contre le cancer du 4 février, RoseUp Association tire la " +
      "sonnette d'alarme : le droit à l'oubli, obtenu de haute lutte, est encore trop souvent ignoré.",
    text:
      "Depuis la loi Lemoine, les anciens malades n'ont plus à déclarer un cancer guéri depuis cinq ans " +
      "pour emprunter. Sur le terrain, des assureurs continuent pourtant de poser des questions interdites " +
      "ou de surtaxer des contrats. RoseUp Association demande des contrôles et rappelle les recours possibles.",
    image: 'images/droits.svg',
    imageAlt: '',
    published: '2026-01-29T09:00:00+01:00',
    tags: ['Droit à l’oubli', 'Assurance emprunteur', 'Journée mondiale contre le cancer'],
    authors: [ASSOCIATION],
    category: CATEGORIES.droits,
    format: FORMATS.actualite,
    minutes: 3,
  }),
  article({
    slug: 'ce-netait-pas-dans-leur-tete-christelle',
    title: `Ce n’était pas dans leur tête – «${NBSP}Je venais d’accoucher. M’annoncer un cancer était sans doute impensable${NBSP}»`,
    summary:
      "Des symptômes qui persistent, des examens rassurants, des médecins qui temporisent… et pourtant " +
      "un cancer. Christelle, 42 ans, raconte comment elle a dû insister pour être prise au sérieux alors " +
      "qu'elle venait de devenir mère.",
    text:
      "Quelques semaines après la naissance de son bébé, Christelle se sent épuisée et remarque des " +
      "signes inhabituels. On lui répond fatigue post-partum. Il lui faudra des mois de démarches pour " +
      "obtenir les examens qui révéleront enfin la maladie.",
    published: '2026-01-27T09:00:00+01:00',
    tags: ['Témoignage', 'Errance diagnostique', 'Jeunes mères'],
    authors: [REDACTION],
    category: CATEGORIES.symptomes,
    format: FORMATS.temoignages,
    minutes: 7,
  }),
  article({
    slug: 'ce-netait-pas-dans-leur-tete-jocelyne',
    title: `Ce n’était pas dans leur tête – «${NBSP}Les patients doivent être écoutés${NBSP}»`,
    summary:
      "Jocelyne, 65 ans, était convaincue d'avoir un cancer du sein malgré des résultats normaux. " +
      'Son récit montre combien l’intuition des patientes mérite d’être entendue.',
    text:
      "Jocelyne sentait que quelque chose n'allait pas dans son sein. Mammographie et échographie ne " +
      "montraient rien, et on lui conseillait d'attendre. Elle a réclamé d'autres examens, qui ont " +
      'confirmé ses craintes.',
    image: 'images/temoignage.svg',
    imageAlt: '',
    published: '2026-01-24T09:00:00+01:00',
    tags: ['Témoignage', 'Cancer du sein', 'Errance diagnostique'],
    authors: [REDACTION],
    category: CATEGORIES.symptomes,
    format: FORMATS.temoignages,
    minutes: 6,
  }),
  article({
    slug: 'minute-dr-roseup-metastases',
    title: 'La Minute du Dr RoseUp – Les métastases, késako ?',
    summary:
      "Qu'est-ce qu'une métastase, comment se forme-t-elle loin de la tumeur de départ, comment la " +
      "repère-t-on et qui risque d'en avoir ? Le Dr RoseUp, alias Gerald Kierzek, répond en une minute.",
    text:
      "Une métastase est une tumeur secondaire, née de cellules qui ont quitté la tumeur d'origine. " +
      "Le Dr RoseUp explique comment les examens d'imagerie permettent de détecter les métastases et " +
      "ce qui influence le risque d'en développer.",
    image: 'images/metastases.svg',
    imageAlt: "Illustration : un grand cercle rose d'où se détachent de petites cellules vers la droite",
    published: '2026-01-22T09:00:00+01:00',
    tags: ['Métastases', 'Vidéo', 'Dr RoseUp'],
    authors: [REDACTION],
    category: CATEGORIES.metastatiques,
    format: FORMATS.toutSavoir,
    minutes: 2,
  }),
  article({
    slug: 'reprendre-le-travail-apres-un-cancer-du-sein',
    title:
      "Reprendre le travail après un cancer du sein : temps partiel thérapeutique, aménagement du poste, " +
      "dialogue avec l'employeur et droits à connaître avant de se lancer",
    summary:
      "Visite de pré-reprise, mi-temps thérapeutique, médecin du travail : le mode d'emploi pour préparer " +
      'son retour sans brûler les étapes.',
    text:
      "Le retour au travail se prépare plusieurs semaines à l'avance avec le médecin du travail. Le temps " +
      "partiel thérapeutique permet de reprendre progressivement tout en gardant des indemnités. Fatigue " +
      "et effets de l'hormonothérapie peuvent justifier un aménagement du poste.",
    published: '2026-01-19T09:00:00+01:00',
    tags: ['Travail', 'Temps partiel thérapeutique', 'Cancer du sein'],
    authors: [EMILIE_GROYER],
    category: CATEGORIES.droits,
    format: FORMATS.conseils,
    minutes: 9,
  }),
  article({
    slug: 'activite-physique-adaptee-pendant-les-traitements',
    title: 'Activité physique adaptée : pourquoi bouger aide à mieux supporter les traitements',
    summary:
      "Marche, yoga, Qi Gong ou renforcement musculaire : une pratique régulière réduit la fatigue et " +
      "aide à garder le moral pendant la chimiothérapie.",
    text:
      "Les études sont claires : l'activité physique adaptée diminue la fatigue liée aux traitements et " +
      "limite la fonte musculaire. Elle se pratique à son rythme, encadrée par des enseignants formés. " +
      "Demandez conseil à votre oncologue avant de commencer.",
    image: 'images/activite.svg',
    imageAlt: '',
    published: '2026-01-15T09:00:00+01:00',
    tags: ['Sport adapté au cancer', 'Fatigue', 'Chimiothérapie'],
    authors: [EMILIE_GROYER],
    category: CATEGORIES.activite,
    format: FORMATS.conseils,
    minutes: 5,
  }),
  article({
    slug: 'immunotherapie-comment-ca-marche',
    title: 'Immunothérapie : comment fonctionnent ces traitements qui réveillent nos défenses',
    summary:
      "Plutôt que d'attaquer directement la tumeur, l'immunothérapie aide le système immunitaire à " +
      'reconnaître les cellules cancéreuses. Ce qu’il faut savoir sur ses bénéfices et ses effets indésirables.',
    text:
      "Les cellules cancéreuses savent se cacher de nos globules blancs. Les inhibiteurs de points de " +
      "contrôle lèvent ce frein et permettent aux défenses de les attaquer. Dans certains cancers " +
      "métastatiques, l'immunothérapie a nettement allongé les périodes de rémission.",
    published: '2026-01-12T09:00:00+01:00',
    modified: '2026-01-20T15:30:00+01:00',
    tags: ['Immunothérapie', 'Traitements', 'Métastases'],
    authors: [EMILIE_GROYER],
    category: CATEGORIES.traitements,
    format: FORMATS.toutSavoir,
    minutes: 8,
  }),
  article({
    slug: 'perte-de-cheveux-foulards-turbans-protheses',
    title: 'Perte de cheveux liée au cancer : foulards, turbans et prothèses capillaires',
    summary:
      "Comment choisir entre un foulard, un turban ou une perruque, et quelles aides pour la financer ? " +
      'Les conseils de nos socio-esthéticiennes.',
    text:
      "La chute des cheveux commence souvent deux à trois semaines après la première chimiothérapie. " +
      "Couper court avant peut rendre le moment moins brutal. L'Assurance maladie rembourse une partie " +
      'des prothèses capillaires, selon leur catégorie.',
    image: 'images/beaute.svg',
    published: '2026-01-08T09:00:00+01:00',
    tags: ['Perte de cheveux', 'Socio-esthétique', 'Perruque'],
    authors: [REDACTION],
    category: CATEGORIES.beaute,
    format: FORMATS.conseils,
    minutes: 6,
  }),
  article({
    slug: 'alimentation-chimiotherapie-nausees',
    title: 'Alimentation pendant la chimiothérapie : nos conseils contre les nausées',
    summary:
      'Fractionner les repas, préférer le froid, boire entre les prises : des astuces simples pour ' +
      "continuer à manger quand l'appétit s'en va.",
    text:
      "Les nausées font partie des effets secondaires les plus redoutés. Manger peu mais souvent, éviter " +
      'les odeurs fortes et privilégier les plats tièdes ou froids aide beaucoup. Parlez-en à votre ' +
      'équipe : des médicaments efficaces existent.',
    image: 'images/alimentation.svg',
    imageAlt: '',
    published: '2026-01-05T09:00:00+01:00',
    tags: ['Nausées', 'Chimiothérapie', 'Nutrition'],
    authors: [REDACTION],
    category: CATEGORIES.alimentation,
    format: FORMATS.conseils,
    minutes: 4,
  }),
  article({
    slug: 'hormonotherapie-bouffees-de-chaleur-temoignage',
    title: 'Hormonothérapie : «\u00a0J’ai appris à vivre avec les bouffées de chaleur\u00a0»',
    summary:
      "Cinq ans d'hormonothérapie, c'est long. Nadia raconte les effets secondaires, les doutes et les " +
      'astuces qui l’ont aidée à tenir.',
    text:
      "Au début du traitement, Nadia se réveillait plusieurs fois par nuit. Avec son oncologue, elle a " +
      "ajusté ses habitudes plutôt que d'arrêter. Elle conseille de ne pas rester seule : sa sœur et un " +
      "groupe de parole l'ont beaucoup soutenue.",
    published: '2025-12-18T09:00:00+01:00',
    tags: ['Hormonothérapie', 'Témoignage', 'Effets secondaires'],
    authors: [REDACTION],
    category: CATEGORIES.traitements,
    format: FORMATS.temoignages,
    minutes: 5,
  }),
  article({
    slug: 'ongles-fragilises-par-le-cancer',
    title: 'Ongles fragilisés par le cancer : les bons gestes de la socio-esthétique',
    summary:
      'Stries, décollement, douleurs : certains traitements abîment les ongles. Les précautions à prendre ' +
      'avant, pendant et après.',
    text:
      "Les taxanes et certaines thérapies ciblées rendent les ongles cassants. Un vernis au silicium et " +
      "des gants pour les tâches ménagères limitent les dégâts. En cas de rougeur ou d'écoulement, " +
      'consultez sans attendre.',
    published: '2025-12-10T09:00:00+01:00',
    tags: ['Ongles', 'Socio-esthétique', 'Soins de support'],
    authors: [REDACTION],
    category: CATEGORIES.beaute,
    format: FORMATS.conseils,
    minutes: 4,
  }),
  article({
    slug: 'droit-a-l-oubli-emprunter-apres-un-cancer',
    title: "Droit à l'oubli : ce qui a changé pour emprunter après un cancer",
    summary:
      "Délai réduit à cinq ans, fin du questionnaire de santé pour certains prêts : le point sur vos " +
      'droits face aux assureurs.',
    text:
      "La convention AERAS et la loi Lemoine encadrent l'assurance des anciens malades. Pour un prêt " +
      "immobilier de moins de 200 000 euros, le questionnaire médical a disparu. Au-delà, le droit à " +
      "l'oubli s'applique cinq ans après la fin des traitements.",
    image: 'images/droits.svg',
    imageAlt: '',
    published: '2025-12-02T09:00:00+01:00',
    tags: ['Droit à l’oubli', 'Convention AERAS', 'Assurance emprunteur'],
    authors: [EMILIE_GROYER],
    category: CATEGORIES.droits,
    format: FORMATS.toutSavoir,
    minutes: 6,
  }),
  article({
    slug: 'lymphoedeme-prevenir-et-soulager',
    title: `Lymphœdème : prévenir et soulager le «${NBSP}gros bras${NBSP}»`,
    summary:
      "Après un curage ganglionnaire, le bras peut gonfler. Drainage, manchon, activité physique : " +
      'les solutions qui marchent.',
    text:
      "Le lymphœdème touche une partie des femmes opérées d'un cancer du sein avec ablation de ganglions. " +
      'Bouger régulièrement et surveiller son bras aident à le prévenir. Un kinésithérapeute formé au ' +
      'drainage lymphatique peut le réduire.',
    published: '2025-11-20T09:00:00+01:00',
    tags: ['Lymphœdème', 'Ganglions', 'Kinésithérapie'],
    authors: [REDACTION],
    category: CATEGORIES.symptomes,
    format: FORMATS.conseils,
    minutes: 5,
  }),
  article({
    slug: 'cancers-metastatiques',
    title: 'Tout savoir sur les cancers métastatiques : c’est quoi, comment on les soigne, est-ce qu’on en guérit…',
    summary:
      "Métastatique, généralisé, chronique : ces mots font peur. Que recouvrent-ils vraiment, et " +
      "qu'est-ce que cela change pour les traitements ? Nos explications.",
    text:
      "On parle de cancer métastatique lorsque des cellules de la tumeur d'origine se sont installées dans " +
      "un autre organe, où elles forment des métastases. Le PET-Scan aide à les repérer, et une biopsie " +
      "confirme qu'il s'agit bien du même cancer. Guérir reste rare, mais des traitements comme " +
      "l'immunothérapie ou les thérapies ciblées permettent parfois de longues années de rémission.",
    image: 'images/metastases.svg',
    imageAlt: '',
    published: '2020-11-26T09:00:00+01:00',
    modified: '2025-03-26T10:00:00+01:00',
    tags: ['Cancers métastatiques', 'Métastases', 'Immunothérapie', 'Thérapies ciblées'],
    authors: [EMILIE_GROYER],
    category: CATEGORIES.metastatiques,
    format: FORMATS.toutSavoir,
    minutes: 6,
  }),
];

const PAGE_2_ARTICLES = [
  article({
    slug: 'accompagner-un-proche-soeur-amie-conjoint',
    title: 'Sœur, amie, conjoint : comment accompagner un proche touché par un cancer',
    summary:
      "Trouver les mots, proposer une aide concrète, se préserver aussi : des pistes pour les aidants.",
    text:
      "Les proches se sentent souvent démunis face à l'annonce. Mieux vaut demander ce qui aiderait " +
      'plutôt que deviner. Les aidants ont eux aussi droit à du soutien, notamment dans les groupes de parole.',
    image: 'images/temoignage.svg',
    imageAlt: '',
    published: '2020-10-14T09:00:00+02:00',
    tags: ['Aidants', 'Proches', 'Soutien'],
    authors: [REDACTION],
    category: CATEGORIES.proches,
    format: FORMATS.conseils,
    minutes: 5,
  }),
  article({
    slug: 'coeur-et-chimiotherapie-cardiotoxicite',
    title: 'Cœur et chimiothérapie : pourquoi surveiller la cardiotoxicité',
    summary:
      "Certains traitements peuvent fatiguer le muscle cardiaque. Quels examens, et pour qui ?",
    text:
      "Les anthracyclines et certaines thérapies ciblées anti-HER2 peuvent affaiblir le cœur. Une " +
      'échographie cardiaque avant et pendant le traitement permet de réagir tôt. Le sport adapté protège ' +
      'aussi la fonction cardiaque.',
    published: '2020-09-08T09:00:00+02:00',
    tags: ['Cardiotoxicité', 'Chimiothérapie', 'HER2'],
    authors: [EMILIE_GROYER],
    category: CATEGORIES.traitements,
    format: FORMATS.toutSavoir,
    minutes: 6,
  }),
  article({
    slug: 'sport-adapte-au-cancer-par-ou-commencer',
    title: 'Sport adapté au cancer : par où commencer ?',
    summary: 'Associations, clubs labellisés, prescription médicale : comment trouver une activité à sa mesure.',
    text:
      "Depuis 2016, le médecin peut prescrire une activité physique adaptée. De nombreuses associations " +
      "proposent des séances encadrées. L'important est la régularité, pas l'intensité.",
    image: 'images/activite.svg',
    imageAlt: '',
    published: '2020-06-03T09:00:00+02:00',
    tags: ['Sport adapté au cancer', 'Activité physique adaptée'],
    authors: [REDACTION],
    category: CATEGORIES.activite,
    format: FORMATS.conseils,
    minutes: 4,
  }),
  article({
    slug: 'detente-et-bien-etre-sophrologie',
    title: 'Détente et bien-être : la sophrologie pour apprivoiser l’angoisse des examens',
    summary: 'Respiration, visualisation : des exercices simples pour aborder plus sereinement la période des résultats.',
    text:
      "L'attente d'un scanner ou d'une IRM génère souvent une forte anxiété. La sophrologie propose des " +
      'exercices de respiration à refaire chez soi. Quelques minutes par jour suffisent pour en sentir les effets.',
    published: '2020-03-11T09:00:00+01:00',
    tags: ['Sophrologie', 'Angoisse', 'Détente et bien-être'],
    authors: [REDACTION],
    category: CATEGORIES.angoisse,
    format: FORMATS.conseils,
    minutes: 4,
  }),
  article({
    slug: 'perte-de-sourcils-et-de-cils-maquillage',
    title: 'Perte de sourcils et de cils liée au cancer : les techniques de maquillage',
    summary: 'Crayon, poudre, faux cils : redessiner son regard pendant les traitements.',
    text:
      "La chute des cils et des sourcils change beaucoup l'expression du visage. Un crayon doux et une " +
      "poudre légèrement plus claire que sa couleur naturelle redonnent du relief. Nos socio-esthéticiennes " +
      'montrent ces gestes en atelier.',
    image: 'images/beaute.svg',
    published: '2019-11-19T09:00:00+01:00',
    tags: ['Maquillage des cils', 'Sourcils', 'Socio-esthétique'],
    authors: [REDACTION],
    category: CATEGORIES.beaute,
    format: FORMATS.conseils,
    minutes: 3,
  }),
  article({
    slug: 'convention-aeras-mode-d-emploi',
    title: 'Convention AERAS : le mode d’emploi pour assurer son prêt',
    summary: 'Grille de référence, délais, recours : comprendre le dispositif qui facilite l’accès au crédit.',
    text:
      "La convention AERAS prévoit un examen de la demande à plusieurs niveaux. Pour certains cancers, une " +
      "grille de référence permet d'être assuré sans surprime. En cas de refus, l'assureur doit motiver sa décision.",
    published: '2019-09-24T09:00:00+02:00',
    tags: ['Convention AERAS', 'Assurance emprunteur'],
    authors: [EMILIE_GROYER],
    category: CATEGORIES.droits,
    format: FORMATS.toutSavoir,
    minutes: 7,
  }),
  article({
    slug: 'vivre-avec-un-cancer-metastatique-temoignages',
    title: 'Vivre avec un cancer métastatique : «\u00a0J’ai appris à faire des projets à trois mois\u00a0»',
    summary: 'Trois femmes racontent le quotidien avec une maladie devenue chronique, entre traitements et envies.',
    text:
      "Le cancer métastatique impose un rythme fait de bilans et de changements de traitement. Ces " +
      "femmes parlent de l'incertitude mais aussi des joies préservées. L'une d'elles suit une immunothérapie " +
      'depuis deux ans.',
    published: '2019-05-14T09:00:00+02:00',
    tags: ['Cancers métastatiques', 'Témoignage', 'Immunothérapie'],
    authors: [REDACTION],
    category: CATEGORIES.metastatiques,
    format: FORMATS.temoignages,
    minutes: 8,
  }),
];

// ---------------------------------------------------------------------------------------------
// Events, placed relative to the Paris calendar day of `now`

const PARIS_HOUSE = { name: 'Maison RoseUp Paris', locality: 'Paris', postal_code: '75011', country: 'FR' };
const BORDEAUX_HOUSE = { name: 'Maison RoseUp Bordeaux', locality: 'Bordeaux', postal_code: '33000', country: 'FR' };


/** The seed's remote "À votre écoute" session, held twice on the same morning. */
const LISTENING = {
  title: 'À votre écoute',
  summary:
    "Trente minutes pour échanger avec l'équipe de M@ Maison RoseUp, par téléphone ou en visio : " +
    'vos questions, vos besoins, et les bonnes portes où frapper.',
  text:
    "L'accompagnement de M@ Maison RoseUp a lieu à distance, mais il reste humain et chaleureux. " +
    "Pendant ce rendez-vous, nous prenons le temps de vous écouter, de vous informer et de vous orienter. " +
    'Vous choisissez le téléphone ou la visio.',
  category: CATEGORIES.angoisse,
  format: FORMATS.echange,
  attendance: 'online',
  channels: ['phone', 'video'],
  registration: { required: true, free: true },
  tags: ['Soin de support', 'M@ Maison RoseUp'],
};

const EVENT_DEFS = [
  {
    // Deliberately over: ended yesterday, so lists of upcoming events must hide it.
    slug: 'atelier-protheses-capillaires',
    day: -1,
    from: [14, 0],
    to: [16, 0],
    title: 'Essayer une prothèse capillaire : atelier conseils',
    summary: "Découvrir les différents types de perruques et apprendre à les entretenir, avec une socio-esthéticienne.",
    text:
      "Une perruque se choisit en fonction de son visage, de son budget et de son mode de vie. Pendant " +
      "cet atelier, vous pourrez essayer plusieurs modèles. Les conseils d'entretien vous aideront à la garder longtemps.",
    category: CATEGORIES.beaute,
    format: FORMATS.atelier,
    attendance: 'offline',
    location: PARIS_HOUSE,
    registration: { required: true, free: true },
    capacity: { maximum: 8, remaining: 2 },
    tags: ['Perte de cheveux', 'Socio-esthétique'],
  },
  {
    slug: 'a-votre-ecoute',
    day: 1,
    from: [10, 0],
    to: [10, 30],
    ...LISTENING,
  },
  {
    slug: 'qi-gong-adapte',
    day: 1,
    from: [10, 0],
    to: [11, 0],
    title: 'Qi Gong adapté aux personnes touchées par un cancer',
    summary:
      'Initiation au Qi Gong avec Dorothée : une gymnastique douce, faite de gestes lents et de ' +
      'respiration, pour réduire le stress et la fatigue.',
    text:
      "Bouger pendant et après les traitements aide à lutter contre la fatigue, la fonte musculaire et le " +
      "stress. Dorothée vous fait découvrir le Qi Gong, une pratique venue de la médecine chinoise qui associe " +
      'mouvements lents et travail du souffle. Prévoyez une tenue souple : la séance a lieu en plein air.',
    image: 'images/activite.svg',
    imageAlt: '',
    category: CATEGORIES.activite,
    format: FORMATS.atelier,
    attendance: 'offline',
    location: PARIS_HOUSE,
    registration: { required: true, free: true },
    capacity: { maximum: 12, remaining: 4 },
    practicalInfo: ['Certificat médical obligatoire', 'Atelier en extérieur'],
    tags: ['Sport adapté au cancer', 'Qi Gong'],
  },
  {
    slug: 'bourse-aux-accessoires',
    day: 1,
    from: [10, 0],
    to: [13, 0],
    title: 'Bourse aux accessoires (foulards, turbans…)',
    summary:
      "Foulards, turbans, bonnets, bandeaux et prothèses capillaires d'occasion, avec les conseils " +
      "d'Océane, socio-esthéticienne, pour choisir et nouer le vôtre.",
    text:
      "La Maison RoseUp Paris organise une bourse d'accessoires de seconde main. Océane, notre " +
      "socio-esthéticienne, vous aide à trouver ce qui va à votre visage et vous montre comment le porter.",
    image: 'images/beaute.svg',
    imageAlt: '',
    category: CATEGORIES.beaute,
    format: FORMATS.atelier,
    attendance: 'offline',
    location: PARIS_HOUSE,
    registration: { required: false, free: true },
    tags: ['Perte de cheveux liée au cancer', 'Soin de socio-esthétique'],
  },
  {
    slug: 'a-votre-ecoute',
    day: 1,
    from: [10, 45],
    to: [11, 15],
    ...LISTENING,
  },
  {
    slug: 'soin-des-ongles-socio-esthetique',
    day: 3,
    from: [14, 0],
    to: [16, 0],
    title: 'Prendre soin de ses ongles pendant les traitements',
    summary: 'Atelier de socio-esthétique : protéger et embellir des ongles fragilisés par la chimiothérapie.',
    text:
      "Certains traitements rendent les ongles cassants ou douloureux. Notre socio-esthéticienne vous " +
      'montre les soins qui les protègent et les vernis adaptés. Chaque participante repart avec une fiche conseils.',
    category: CATEGORIES.beaute,
    format: FORMATS.atelier,
    status: 'full',
    attendance: 'offline',
    location: BORDEAUX_HOUSE,
    registration: { required: true, free: true },
    capacity: { maximum: 8, remaining: 0 },
    tags: ['Ongles fragilisés par le cancer', 'Socio-esthétique'],
  },
  {
    slug: 'groupe-de-parole-cancer-metastatique',
    day: 5,
    from: [18, 0],
    to: [19, 30],
    title: 'Groupe de parole : vivre avec un cancer métastatique',
    summary:
      "Un espace pour partager son quotidien avec d'autres femmes touchées par des métastases, animé par " +
      'une psychologue. Sur place ou en visio.',
    text:
      "Vivre avec une maladie chronique bouscule la vie de famille, le travail et les projets. Ce groupe, " +
      "animé par une psychologue, permet d'en parler librement. Vous pouvez le rejoindre à la Maison RoseUp " +
      'Paris ou depuis chez vous en visio.',
    category: CATEGORIES.metastatiques,
    format: FORMATS.groupe,
    attendance: 'mixed',
    location: PARIS_HOUSE,
    channels: ['video'],
    registration: { required: true, free: true },
    capacity: { maximum: 15, remaining: 6 },
    tags: ['Cancers métastatiques', 'Soutien psychologique'],
  },
  {
    slug: 'marche-nordique',
    day: 7,
    from: [9, 30],
    to: [11, 0],
    title: 'Marche nordique au parc',
    summary: 'Séance de marche avec bâtons encadrée par un enseignant en activité physique adaptée.',
    text:
      "La marche nordique sollicite tout le corps en douceur. Les bâtons sont prêtés. Cette séance est " +
      'annulée : notre enseignant ne pourra pas être présent.',
    image: 'images/activite.svg',
    imageAlt: '',
    category: CATEGORIES.activite,
    format: FORMATS.atelier,
    status: 'cancelled',
    attendance: 'offline',
    location: PARIS_HOUSE,
    registration: { required: true, free: true },
    practicalInfo: ['Certificat médical obligatoire', 'Prévoir des chaussures de marche'],
    tags: ['Sport adapté au cancer'],
    modifiedDay: -1,
  },
  {
    slug: 'conference-droit-a-l-oubli',
    day: 9,
    from: [18, 30],
    to: [20, 0],
    title: "Conférence en ligne : droit à l'oubli, assurance et prêt immobilier",
    summary: "Une juriste fait le point sur la loi Lemoine et la convention AERAS, puis répond à vos questions.",
    text:
      "Emprunter après un cancer reste un parcours semé d'embûches. Notre juriste explique vos droits et " +
      'les recours possibles en cas de refus. La conférence se suit en visio, le lien est envoyé après inscription.',
    category: CATEGORIES.droits,
    format: FORMATS.conference,
    attendance: 'online',
    channels: ['video'],
    registration: { required: true, free: true },
    tags: ['Droit à l’oubli', 'Loi Lemoine'],
  },
  {
    slug: 'atelier-cuisine-chimiotherapie',
    day: 12,
    from: [11, 0],
    to: [13, 30],
    title: 'Atelier cuisine : bien manger pendant la chimiothérapie',
    summary: 'Des recettes simples et savoureuses pour garder le plaisir de manger malgré les nausées.',
    text:
      "Une diététicienne et un chef cuisinent avec vous des plats faciles à digérer. L'atelier est reporté " +
      'à une date ultérieure ; les personnes inscrites seront prévenues.',
    image: 'images/alimentation.svg',
    imageAlt: '',
    category: CATEGORIES.alimentation,
    format: FORMATS.atelier,
    status: 'postponed',
    attendance: 'offline',
    location: BORDEAUX_HOUSE,
    registration: { required: true, free: false },
    capacity: { maximum: 10, remaining: 3 },
    practicalInfo: ['Participation aux ingrédients : 5 €'],
    tags: ['Nutrition', 'Chimiothérapie'],
    modifiedDay: -2,
  },
  {
    slug: 'yoga-doux',
    day: 15,
    from: [10, 0],
    to: [11, 15],
    title: 'Yoga doux',
    summary: 'Postures accessibles et respiration pour retrouver de la mobilité et de la détente.',
    text:
      "Le yoga doux s'adapte à chaque corps, même fatigué par les traitements. Les postures se font au sol " +
      'ou sur une chaise. Apportez une tenue confortable et une bouteille d’eau.',
    category: CATEGORIES.activite,
    format: FORMATS.atelier,
    attendance: 'offline',
    location: PARIS_HOUSE,
    registration: { required: true, free: true },
    capacity: { maximum: 14, remaining: 9 },
    practicalInfo: ['Tapis fourni'],
    tags: ['Détente et bien-être', 'Yoga'],
  },
  {
    slug: 'maquillage-des-cils-et-sourcils',
    day: 18,
    from: [14, 30],
    to: [16, 0],
    title: 'Maquillage des cils et des sourcils',
    summary: 'Apprendre à redessiner sourcils et regard quand les cils tombent, avec une socio-esthéticienne.',
    text:
      "Pendant ce rendez-vous de socio-esthétique, vous testez crayons, poudres et faux cils. Chaque geste " +
      'est montré pas à pas. Les produits sont fournis.',
    category: CATEGORIES.beaute,
    format: FORMATS.atelier,
    attendance: 'offline',
    location: BORDEAUX_HOUSE,
    registration: { required: true, free: true },
    capacity: { maximum: 6, remaining: 5 },
    tags: ['Maquillage des cils', 'Perte de sourcils liée au cancer'],
  },
  {
    slug: 'permanence-juridique',
    day: 21,
    from: [14, 0],
    to: [17, 0],
    title: 'Permanence juridique par téléphone',
    summary: 'Arrêt de travail, invalidité, retour à l’emploi : une juriste répond à vos questions.',
    text:
      "Les démarches administratives pèsent souvent lourd pendant la maladie. Une juriste vous rappelle à " +
      "l'heure choisie pour un entretien individuel et confidentiel.",
    category: CATEGORIES.droits,
    format: FORMATS.echange,
    attendance: 'online',
    channels: ['phone'],
    registration: { required: true, free: true },
    tags: ['Démarches administratives', 'Travail'],
  },
  {
    slug: 'immunotherapie-questions-reponses',
    day: 25,
    from: [18, 0],
    to: [19, 0],
    title: "L'immunothérapie en questions : échange avec une oncologue",
    summary: "Comment agit l'immunothérapie, quels effets indésirables surveiller ? Une oncologue répond en direct.",
    text:
      "L'immunothérapie a changé la prise en charge de plusieurs cancers, y compris au stade métastatique. " +
      'Notre invitée explique son fonctionnement et ses limites. Posez vos questions par écrit pendant le direct.',
    category: CATEGORIES.traitements,
    format: FORMATS.conference,
    attendance: 'online',
    channels: ['video'],
    registration: { required: false, free: true },
    tags: ['Immunothérapie', 'Métastases'],
  },
  {
    slug: 'atelier-ecriture',
    day: 29,
    from: [14, 0],
    to: [16, 30],
    title: "Atelier d'écriture : mettre des mots sur l'épreuve",
    summary: "Écrire pour soi, à son rythme, accompagnée par une autrice. Aucune expérience n'est nécessaire.",
    text:
      "L'écriture aide à prendre du recul sur ce que l'on traverse. Des consignes simples permettent à " +
      'chacune de se lancer. Rien ne vous oblige à lire votre texte au groupe.',
    category: CATEGORIES.angoisse,
    format: FORMATS.atelier,
    attendance: 'offline',
    location: PARIS_HOUSE,
    registration: { required: true, free: true },
    capacity: { maximum: 10, remaining: 10 },
    tags: ['Détente et bien-être', 'Écriture'],
  },
];

function buildEvent(def, today) {
  const day = addDays(today, def.day);
  const start = parisTime(day, def.from[0], def.from[1]);
  const end = parisTime(day, def.to[0], def.to[1]);
  const page = `${AGENDA}${def.slug}/`;
  const item = {
    id: `${page}#${start.local}`,
    url: page,
    title: def.title,
    summary: def.summary,
    content_text: def.text,
  };
  if (def.image !== undefined) item.image = def.image;
  item.date_published = parisTime(addDays(today, -3), 9, 0).iso;
  if (def.modifiedDay !== undefined) item.date_modified = parisTime(addDays(today, def.modifiedDay), 17, 0).iso;
  item.tags = def.tags;
  item.authors = [ASSOCIATION];
  const event = {
    start: start.iso,
    end: end.iso,
    time_zone: PARIS_TIME_ZONE,
    status: def.status ?? 'scheduled',
    attendance: def.attendance,
  };
  if (def.location) event.location = { ...def.location };
  if (def.channels) event.remote = { channels: [...def.channels] };
  event.registration = { url: `${page}inscription/`, ...def.registration };
  if (def.capacity) event.capacity = { ...def.capacity };
  if (def.practicalInfo) event.practical_info = [...def.practicalInfo];
  const ext = { kind: 'event' };
  if (def.imageAlt !== undefined) ext.image_alt = def.imageAlt;
  ext.category = { ...def.category };
  ext.format = { ...def.format };
  ext.event = event;
  item._roseup = ext;
  return { item, startMs: start.instant };
}

// ---------------------------------------------------------------------------------------------

// Fresh copies, so that a caller mutating one result never changes the next.
const clone = (value) => JSON.parse(JSON.stringify(value));

/**
 * The sample RoseUp feed, page 1 or 2, as a plain JSON Feed 1.1 object.
 * Pages after 2 are valid but empty.
 */
export function buildSampleFeed({ now = new Date(), feedUrl = 'http://localhost:8000/feed.json', page = 1 } = {}) {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('buildSampleFeed: `now` must be a valid Date');
  if (!Number.isInteger(page) || page < 1) throw new RangeError('buildSampleFeed: `page` must be an integer >= 1');
  const base = new URL(feedUrl);

  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'RoseUp',
    home_page_url: SITE,
    feed_url: base.href,
    description: 'Articles du magazine Rose, actualités et ateliers de RoseUp Association.',
    language: 'fr-FR',
  };
  if (page === 1) {
    const next = new URL(base.href);
    next.searchParams.set('page', '2');
    feed.next_url = next.href;
  }
  feed._roseup = {
    schema: 1,
    search_url: `${SITE}recherche/`,
    agenda_url: AGENDA,
    suggestions: SUGGESTIONS.map((text) => ({
      label: text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1),
      query: text.toLocaleLowerCase('fr-FR'),
    })),
  };

  let items = [];
  if (page === 1) {
    const today = parisDay(now);
    const events = EVENT_DEFS.map((def) => buildEvent(def, today))
      .sort((a, b) => a.startMs - b.startMs || (a.item.id < b.item.id ? -1 : 1))
      .map((e) => e.item);
    items = [...clone(PAGE_1_ARTICLES), ...events];
  } else if (page === 2) {
    items = clone(PAGE_2_ARTICLES);
  }
  feed.items = items;
  return feed;
}
