/**
 * The French Storybook shows: descriptions of every attribute, property, event, slot, part and
 * CSS variable of the elements, in place of the manifest's English (the JSDoc in src/, which the
 * npm package's custom-elements.json keeps for developers). `storybookManifest` applies them;
 * test/stories/fr.test.ts fails when the manifest gains an entry that has no French here.
 * Values a designer may type stay in code style (`vertical`); Storybook's tables render them.
 */

/** Every global token, with the value the elements use when it is not set. */
export const TOKENS = [
  { name: '--roseup-color-accent', fallback: '#a3134f', role: 'Couleur de marque : catégories, liens, boutons, icônes.' },
  { name: '--roseup-color-text', fallback: 'hérité de la page', role: 'Couleur du texte.' },
  { name: '--roseup-color-muted', fallback: '#5c5666', role: 'Texte secondaire : résumés, dates, lieux.' },
  { name: '--roseup-color-surface', fallback: '#ffffff', role: 'Fond des cartes, des listes et des menus.' },
  { name: '--roseup-color-on-accent', fallback: '#ffffff', role: 'Texte des boutons pleins, posés sur la couleur de marque.' },
  { name: '--roseup-color-border', fallback: '#d6d0d8', role: 'Bordures des cartes et des champs.' },
  { name: '--roseup-font-family', fallback: 'hérité de la page', role: 'Police.' },
  { name: '--roseup-font-size', fallback: 'medium', role: 'Taille de base du texte ; tout le reste est en em.' },
  { name: '--roseup-radius', fallback: '0.5rem', role: 'Arrondi des angles.' },
  { name: '--roseup-space', fallback: '1rem', role: 'Espacement intérieur et entre les éléments.' },
  { name: '--roseup-focus-ring', fallback: '3px solid #1a5fb4', role: 'Contour du focus clavier (toujours visible).' },
] as const;

const FEED = 'Adresse du flux JSON. Par défaut : la balise `<meta name="roseup:feed">` de la page, sinon le flux public de RoseUp.';
const LOAD = 'Le flux a été chargé (`detail: { url, stale, fetchedAt, skipped }`).';
const BOOKMARK_CHANGE = 'Le visiteur a enregistré ou retiré un article (`detail: { id, bookmarked, persistent }`).';

/** Descriptions shared by several elements. */
const COMMON: Record<string, string> = {
  'attribute:feed': FEED,
  'attribute:no-image': 'Masque les images.',
  'attribute:no-summary': 'Masque les résumés.',
  'event:roseup-load': LOAD,
  'event:roseup-error': 'Le flux n’a pas pu être chargé (`detail: { url, reason, status?, message }`).',
  'event:roseup-bookmark-change': BOOKMARK_CHANGE,
  'part:error': 'Le message affiché quand le flux ne répond pas.',
  'part:retry': 'Le bouton « Réessayer » du message d’erreur.',
  'part:stale': 'La mention au-dessus d’une copie gardée lors d’une visite précédente.',
  'part:empty': 'Le message affiché quand rien ne correspond.',
  'part:heading': 'Le titre au-dessus de la liste.',
  'part:list': 'La liste (`<ul>`).',
  'part:item': 'Chaque élément de la liste (`<li>`).',
  ...Object.fromEntries(TOKENS.map((token) => [`cssProperty:${token.name}`, token.role])),
};

/** Per element, what differs from COMMON. */
const BY_TAG: Record<string, Record<string, string>> = {
  'roseup-article-card': {
    'attribute:article-id': 'Identifiant (adresse permanente) de l’article à afficher, cherché dans le flux ; un chemin comme « /magazine/…/ » convient aussi. Ignoré quand la propriété `.article` est donnée.',
    'attribute:variant': 'Mise en page : `vertical` (image au-dessus), `horizontal` (image à côté, dans un conteneur assez large) ou `compact` (texte seul).',
    'attribute:heading-level': 'Niveau du titre de la carte, de 2 à 6.',
    'attribute:no-image': 'Masque l’image.',
    'attribute:no-summary': 'Masque le résumé.',
    'attribute:no-bookmark': 'Masque le bouton « Enregistrer ».',
    'member:article': 'Pour les développeurs : l’article à afficher, donné directement (aucune requête au flux).',
    'event:roseup-error': 'Le flux ne répond pas, l’article n’y est pas (`not-found`) ou aucun `article-id` n’est donné (`missing-id`).',
    'event:roseup-bookmark-change': 'Venu du bouton « Enregistrer » de la carte (`detail: { id, bookmarked, persistent }`).',
    'part:base': 'La carte (`<article>`).',
    'part:image': 'L’image.',
    'part:category': 'L’étiquette de catégorie.',
    'part:format': 'L’étiquette de format.',
    'part:title': 'Le titre, qui porte le lien.',
    'part:summary': 'Le résumé.',
    'part:meta': 'La ligne des dates, du temps de lecture et de l’auteur.',
  },
  'roseup-article-list': {
    'attribute:category': 'Seulement les contenus de cette catégorie (son identifiant, par exemple `cancers-metastatiques` ; plusieurs, séparés par des virgules).',
    'attribute:format': 'Seulement les contenus de ce format (son identifiant, par exemple `actualite` ; plusieurs, séparés par des virgules).',
    'attribute:kind': 'Quels contenus : `article` (par défaut), `event` (événements) ou `all` (tous).',
    'attribute:limit': 'Nombre de contenus affichés d’abord, puis ajoutés à chaque « Voir plus » (3 par défaut, 50 au plus).',
    'attribute:layout': '`grid` (par défaut : autant de colonnes que la place permet, une seule sur un téléphone) ou `list` (un contenu par ligne).',
    'attribute:heading': 'Texte d’un titre affiché au-dessus de la liste. Aucun par défaut (la page a souvent le sien).',
    'attribute:heading-level': 'Niveau du titre de la liste, de 2 à 6 (2 par défaut). Les titres des cartes sont un niveau en dessous.',
    'event:roseup-error': 'Le flux n’a pas pu être chargé, ou seule la page suivante a échoué (`scope: \'next-page\'`).',
    'event:roseup-bookmark-change': 'Venu du bouton « Enregistrer » d’une carte (`detail: { id, bookmarked, persistent }`).',
    'slot:': 'Contenu de secours à vous (un lien vers RoseUp, par exemple), affiché sous le message d’erreur quand le flux ne répond pas.',
    'part:list': 'La liste des cartes (`<ul>`).',
    'part:card': 'Chaque carte (`<roseup-article-card>` ; son intérieur se règle avec ses propres parts).',
    'part:more': 'Le bouton « Voir plus » (aussi « Réessayer » quand la page suivante a échoué).',
    'part:more-error': 'Le message affiché quand la page suivante n’a pas pu être chargée.',
    'part:end': 'La mention qu’il n’y a rien de plus, une fois les derniers contenus affichés.',
    'part:loading': 'Le squelette affiché pendant le chargement.',
    'cssProperty:--roseup-list-column-min': 'Largeur minimale d’une colonne de la grille ; plus étroit, une seule colonne.',
  },
  'roseup-bookmark-button': {
    'attribute:item-id': 'Identifiant (adresse permanente) de l’article. Obligatoire.',
    'attribute:item-title': 'Titre de l’article : il fait partie du nom accessible du bouton et est gardé avec le favori.',
    'attribute:item-url': 'Lien vers l’article, gardé avec le favori pour que la liste l’affiche même quand il a quitté le flux.',
    'member:bookmarked': 'Vrai quand l’article est dans les favoris (lecture seule).',
    'event:roseup-bookmark-change': 'Le visiteur a enregistré ou retiré l’article (`persistent` faux quand c’est pour cette visite seulement) ; pas pour les changements faits ailleurs.',
    'event:roseup-error': 'Aucun `item-id` n’est donné (`reason: \'missing-id\'`).',
    'part:button': 'Le bouton bascule.',
    'part:icon': 'L’icône (vide, ou pleine quand l’article est enregistré).',
    'part:label': 'Le texte visible du bouton (« Enregistrer »), toujours dans son nom accessible.',
    'part:state': '« Dans vos favoris », affiché à côté du bouton enfoncé.',
    'part:message': 'Le message affiché quand l’enregistrement a échoué (limite atteinte, article sans identifiant).',
  },
  'roseup-bookmark-list': {
    'attribute:heading-level': 'Niveau du titre, de 2 à 6 (2 par défaut) ; les titres des favoris sont un niveau en dessous.',
    'attribute:heading': 'Texte du titre (« Mes favoris » par défaut).',
    'event:roseup-error': 'Le flux n’a pas pu être chargé ; les favoris restent affichés.',
    'event:roseup-bookmark-change': 'Le visiteur a retiré un favori ici, ou tout effacé (un événement par favori).',
    'part:heading': 'Le titre (« Mes favoris »).',
    'part:count': 'Le nombre de favoris, sous le titre.',
    'part:list': 'La liste des favoris (`<ul>`).',
    'part:card': 'Un favori trouvé dans le flux, en carte compacte (`<roseup-article-card>`).',
    'part:entry': 'Un favori qui n’est plus dans le flux (ou quand le flux ne répond pas) : son titre et son lien gardés.',
    'part:remove': 'Chaque bouton « Retirer ».',
    'part:empty': 'Le message affiché quand il n’y a aucun favori.',
    'part:clear': 'Le bouton « Tout effacer ».',
    'part:confirm': 'L’étape de confirmation de « Tout effacer ».',
    'part:retry': 'Le bouton « Réessayer » de la note affichée quand le flux ne répond pas.',
    'part:note': 'Les notes : flux injoignable, ou favoris gardés pour cette visite seulement.',
    'part:stale': 'La mention affichée quand les détails viennent d’une visite précédente.',
  },
  'roseup-event-list': {
    'event:roseup-error': 'Le flux n’a pas pu être chargé, ou les liens d’un menu « Ajouter à mon agenda » ouvert n’ont pas pu l’être (le menu le dit ; le rouvrir réessaie).',
    'attribute:category': 'Seulement les événements de cette catégorie (par exemple `activite-physique` ; plusieurs, séparés par des virgules).',
    'attribute:format': 'Seulement les événements de ce format (par exemple `atelier`, `groupe-de-parole` ; virgules pour plusieurs).',
    'attribute:attendance': '`offline` (sur place), `online` (à distance) ou `mixed` (les deux). Un événement à la fois sur place et à distance répond aussi à `offline` et `online`.',
    'attribute:limit': 'Nombre maximal d’événements affichés, après filtrage (5 par défaut).',
    'attribute:from': 'Premier jour (heure de Paris) des événements affichés, par exemple `2026-02-01` (inclus).',
    'attribute:until': 'Dernier jour (heure de Paris) des événements affichés, par exemple `2026-02-28` (inclus).',
    'attribute:filters': 'Affiche des filtres (listes déroulantes natives) pour le visiteur.',
    'attribute:heading-level': 'Niveau des titres de jour, de 2 à 6 ; le titre de chaque événement est un niveau en dessous.',
    'part:filters': 'Le groupe de filtres (`<fieldset>`, avec l’attribut `filters`).',
    'part:day': 'Un jour : son titre et ses événements.',
    'part:day-heading': 'Le titre d’un jour (« Aujourd’hui », « Demain », « Vendredi 30 janvier 2026 »).',
    'part:event': 'Un événement (`<article>`).',
    'part:labels': 'Les étiquettes de format et de catégorie.',
    'part:title': 'Le titre de l’événement, qui porte le lien.',
    'part:status': 'L’étiquette d’état (« Annulé », « Complet », « Reporté »).',
    'part:when': 'La ligne de date, en heure de Paris.',
    'part:where': 'Le lieu.',
    'part:places': 'Les places restantes, quand il en reste peu.',
    'part:practical-info': 'La liste des informations pratiques.',
    'part:description': 'La description complète, ouverte par « En savoir plus ».',
    'part:register': 'Le lien « S’inscrire ».',
    'part:calendar': 'Le bouton « Ajouter à mon agenda ».',
    'part:calendar-error': 'Le message affiché sous ce bouton quand les liens du menu n’ont pas pu être chargés.',
    'part:empty': 'Le message affiché quand aucun événement ne correspond.',
    'part:agenda-link': 'Le lien vers l’agenda complet de RoseUp.',
  },
  'roseup-search': {
    'attribute:action': 'La page de recherche qui reçoit la requête (en `?q=`), absolue ou relative à la page ; http(s) seulement. Par défaut : la page de recherche indiquée par le flux, sinon celle de RoseUp.',
    'attribute:label': 'Libellé visible du champ (« Rechercher sur RoseUp » par défaut).',
    'attribute:placeholder': 'Texte indicatif du champ (aucun par défaut : le libellé dit quoi taper).',
    'attribute:min-length': 'Nombre de caractères à taper avant d’afficher des résultats (2 par défaut).',
    'attribute:max-results': 'Nombre maximal de résultats avant « Voir tous les résultats » (8 par défaut, 50 au plus).',
    'attribute:remember-recent': 'Garde les dernières recherches du visiteur sur son appareil et les propose avant la saisie, avec « Effacer l’historique ». Désactivé par défaut : les recherches révèlent des informations de santé.',
    'event:roseup-search-select': 'Le visiteur a choisi un résultat, une suggestion ou une recherche récente, ou envoyé sa requête. Annulable : `preventDefault()` empêche la navigation.',
    'event:roseup-error': 'Le flux n’a pas pu être chargé ; le formulaire cherche toujours sur le site.',
    'part:form': 'Le formulaire (`<form role="search">`).',
    'part:label': 'Le libellé visible.',
    'part:input': 'Le champ de saisie (`role="combobox"`).',
    'part:submit': 'Le bouton « Rechercher ».',
    'part:popup': 'La liste déroulante sous le champ.',
    'part:listbox': 'La liste des options.',
    'part:group-label': 'Le titre d’un groupe de suggestions (« Recherches fréquentes »).',
    'part:option': 'Chaque option ; aussi `result`, `suggestion`, `see-all` ou `clear-history`.',
    'part:result': 'Une option article ou événement.',
    'part:suggestion': 'Une option de recherche fréquente ou récente.',
    'part:see-all': 'L’option « Voir tous les résultats ».',
    'part:clear-history': 'L’option « Effacer l’historique ».',
    'part:option-title': 'Le titre d’un résultat.',
    'part:option-meta': 'Le type, la catégorie et la date d’un résultat.',
    'part:highlight': 'Le surlignage (`<mark>`) des mots trouvés.',
    'part:message': 'La ligne affichée dans la liste pendant le chargement ou quand rien ne correspond.',
    'part:error': 'La mention affichée quand le flux n’a pas pu être chargé.',
    'part:retry': 'Son bouton « Réessayer ».',
  },
};

export type EntryKind = 'attribute' | 'member' | 'event' | 'slot' | 'part' | 'cssProperty';

/** The French description of one entry of an element's manifest, if there is one. */
export function frenchDescription(tag: string, kind: EntryKind, name: string): string | undefined {
  const key = `${kind}:${name}`;
  return BY_TAG[tag]?.[key] ?? COMMON[key];
}

/** Members that are plumbing, not API a page author uses: left out of the docs tables and controls. */
export const INTERNAL_MEMBERS = new Set(['feedUrl', 'now', 'refreshMs', 'actionUrl']);

/** What each element is, in one sentence (the docs pages' and the snippet builder's summary). */
export const ELEMENT_SUMMARIES: Record<string, string> = {
  'roseup-article-card': 'Un article de RoseUp en carte : image, catégorie, titre, résumé, dates, auteur et bouton « Enregistrer ».',
  'roseup-article-list': 'Les derniers articles de RoseUp, filtrés par catégorie ou format, en grille ou en liste, avec « Voir plus ».',
  'roseup-event-list': 'Les prochains ateliers et rendez-vous de RoseUp, groupés par jour, en heure de Paris, avec inscription et « Ajouter à mon agenda ».',
  'roseup-search': 'Un champ de recherche dans les contenus de RoseUp, avec suggestions au fil de la saisie.',
  'roseup-bookmark-button': 'Un bouton « Enregistrer » qui garde un article dans les favoris du visiteur, sur son appareil seulement.',
  'roseup-bookmark-list': 'Les favoris du visiteur (« Mes favoris »), gardés sur son appareil, avec « Retirer » et « Tout effacer ».',
};
