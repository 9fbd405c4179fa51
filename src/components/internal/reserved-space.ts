/**
 * Space kept for each element between the page's first paint and its own first render (its
 * loading placeholder has about these sizes), so that the page does not jump when it appears.
 * An element whose code could not load (`data-roseup-failed`) gives its room back to the
 * partner's fallback content.
 * The build also writes these rules to dist/roseup.css, for a partner's `<head>`: a module
 * script runs after the first paint, a stylesheet in the head applies from the first paint on.
 */
/**
 * A card's text allowance for a card `width` wide (a CSS length): 24em from 26em wide, more lines
 * below, up to 37.5em at 18em (a 320 px phone). The card's styles use the same formula.
 */
const cardText = (width: string) => `clamp(24em, 24em + (26em - ${width}) * 1.6, 37.5em)`;

/**
 * The article list: `limit` cards (--l, 3 by default). In its grid, as many 15em columns as fit
 * (--c, 1rem gaps), each card a 16:9 image of its column's width plus its text allowance, in
 * round(up, limit / columns) rows; in its `list` layout, one card per row, lying beside its image
 * (25em) once the list is 34em wide. Widths are in em of the element's text (medium, like its
 * styles), so a page's smaller root font size does not narrow the columns; the breakpoints count
 * a gap as 1em, which they are unless the page changes its root size. The list itself is the container its own ::before measures.
 */
function listRules(): string {
  const all = `roseup-article-list${UNDEFINED}`;
  const column = '((100cqw - (var(--c) - 1) * 1rem) / var(--c))';
  const rows = 'round(up, var(--l) / var(--c), 1)';
  return (
    `${all}{position:relative;container-type:inline-size}:where(${all}){--l:3}` +
    [1, 2, 4, 5, 6].map((n) => `:where(${all})[limit="${n}"]{--l:${n}}`).join('') +
    `${all}::before{--c:1;content:"";display:block;height:calc(${rows} * (${column} * 0.5625 + ${cardText(column)}) + (${rows} - 1) * 1rem)}` +
    `${all}[heading]::before{padding-top:2.75em}${all}>*{position:absolute;inset-inline:0;top:0}` +
    [2, 3, 4].map((columns) => `@container (min-width:${columns * 16 - 1}em){${all}:not([layout=list])::before{--c:${columns}}}`).join('') +
    `@container (min-width:34em){${all}[layout=list]::before{height:calc(var(--l) * 25em + (var(--l) - 1) * 1rem)}}`
  );
}

const UNDEFINED = ':not(:defined):not([data-roseup-failed])';

export const RESERVED_SPACE_CSS = `
:is(roseup-article-card,roseup-article-list,roseup-event-list,roseup-bookmark-list,roseup-search):not(:defined){display:block;font-size:var(--roseup-font-size,medium)}
roseup-article-card:not(:defined):not([data-roseup-failed]){position:relative;container-type:inline-size}
roseup-article-card:not(:defined):not([data-roseup-failed])::before{content:"";display:block;padding-top:calc(56.25% + ${cardText('100%')})}
roseup-article-card[no-image]:not(:defined):not([data-roseup-failed])::before{padding-top:${cardText('100%')}}
roseup-article-card[variant=compact]:not(:defined):not([data-roseup-failed])::before{padding-top:clamp(14em, 14em + (26em - 100%) * 0.5, 17.5em)}
@container (min-width:34em){roseup-article-card[variant=horizontal]:not(:defined):not([data-roseup-failed])::before{padding-top:25em}}
roseup-article-card:not(:defined):not([data-roseup-failed])>*{position:absolute;inset-inline:0;top:0}
${listRules()}
roseup-event-list:not(:defined):not([data-roseup-failed]){min-height:calc(5 * 25em + 2.75em)}
roseup-event-list[limit="1"]:not(:defined):not([data-roseup-failed]){min-height:calc(25em + 2.75em)}
roseup-event-list[limit="2"]:not(:defined):not([data-roseup-failed]){min-height:calc(2 * 25em + 2.75em)}
roseup-event-list[limit="3"]:not(:defined):not([data-roseup-failed]){min-height:calc(3 * 25em + 2.75em)}
roseup-event-list[limit="4"]:not(:defined):not([data-roseup-failed]){min-height:calc(4 * 25em + 2.75em)}
roseup-event-list[limit="6"]:not(:defined):not([data-roseup-failed]){min-height:calc(6 * 25em + 2.75em)}
@media (max-width:30em){roseup-event-list:not(:defined):not([data-roseup-failed]){min-height:calc(5 * 33em + 2.75em)}roseup-event-list[limit="1"]:not(:defined):not([data-roseup-failed]){min-height:calc(33em + 2.75em)}roseup-event-list[limit="2"]:not(:defined):not([data-roseup-failed]){min-height:calc(2 * 33em + 2.75em)}roseup-event-list[limit="3"]:not(:defined):not([data-roseup-failed]){min-height:calc(3 * 33em + 2.75em)}}
roseup-event-list[filters]:not(:defined):not([data-roseup-failed]){padding-top:7.5em}
roseup-search:not(:defined):not([data-roseup-failed]){min-height:4.9em}
roseup-bookmark-list:not(:defined):not([data-roseup-failed]){min-height:11em}
`;

/**
 * Once the script runs: the partner's fallback content stays in the flow, invisible, until the
 * element takes over; if the element's code cannot load, the element is marked and the fallback
 * shows again. (Not in dist/roseup.css: without the script, the fallback must stay visible.)
 */
export const HIDE_FALLBACK_CSS = `
:is(roseup-article-card,roseup-article-list,roseup-event-list,roseup-bookmark-list,roseup-search,roseup-bookmark-button):not(:defined):not([data-roseup-failed])>*{visibility:hidden}`;
