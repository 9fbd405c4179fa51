import type { EventLocation } from './types.js';

/**
 * Where an event happens, as one line of text. Two forms of one rule: `short` for a list a
 * visitor reads ("Maison RoseUp Paris" when the name already says the town, the street only
 * when known), `full` for a calendar file, which a maps app reads (every part, the country
 * unless France).
 */
export function placeText(location: EventLocation | undefined, form: 'short' | 'full'): string {
  if (!location) return '';
  const name = location.name?.trim();
  const street = location.streetAddress?.trim();
  const locality = location.locality?.trim();
  const city = [location.postalCode?.trim(), locality].filter(Boolean).join(' ');
  if (form === 'short') {
    if (name && !street) return locality && !name.toLowerCase().includes(locality.toLowerCase()) ? `${name}, ${locality}` : name;
    return [name, street, city].filter(Boolean).join(', ');
  }
  const country = location.country?.trim();
  return [name, street, city, country && country.toUpperCase() !== 'FR' ? country : ''].filter(Boolean).join(', ');
}
