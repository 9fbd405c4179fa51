/** The library's version, named in console warnings when two copies meet on a page. */
export const VERSION = '0.1.0';
