/**
 * The key of a feed item's own document on a static feed (`_roseup.item_url`, e.g.
 * `items/{key}.json`): 16 hex digits of the 64-bit FNV-1a hash of the item's `id` in UTF-8.
 *
 * Both sides compute it: `roseup-feed build` names the files, and an element that needs one item
 * (a card, a saved bookmark) fetches just that file. A hash rather than a slug of the id, because
 * ids are arbitrary permalinks (fragments, other hosts, non-ASCII); 64 bits rather than 32 so
 * that 50,000 items have no collision in practice (and the build puts colliding items in one
 * document anyway: a reader picks the item whose id matches).
 */
const encoder = /* @__PURE__ */ new TextEncoder();

export function itemKey(id: string): string {
  // Four 16-bit limbs, least significant first, so every product stays exact in a double.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of encoder.encode(id)) {
    h0 ^= byte;
    // Multiply by the FNV prime 2^40 + 0x1b3, modulo 2^64.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** `template` with `{key}` replaced by the key of `id` (the template is already a safe URL). */
export const itemDocumentUrl = (template: string, id: string): string => template.replace('{key}', itemKey(id));

/**
 * The file name of one category's documents on a static feed (`_roseup.category_url`, e.g.
 * `categories/{category}.json`): the category id itself when it is a plain slug (lowercase ASCII
 * letters, digits and inner hyphens, up to 100 characters, as RoseUp's ids are), so that URLs
 * stay readable; any other id becomes `_` and its `itemKey`, a name that is safe on every file
 * system and object store and needs no URL encoding ("_" never occurs in a slug, so the two
 * forms cannot collide).
 */
export function categoryKey(id: string): string {
  return /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/.test(id) ? id : `_${itemKey(id)}`;
}

/** `template` with `{category}` replaced by the key of the category `id`. */
export const categoryDocumentUrl = (template: string, id: string): string => template.replace('{category}', categoryKey(id));
