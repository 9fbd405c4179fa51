/**
 * `roseup-feed validate <url-or-file>`: checks a feed against the contract.
 * - Errors: JSON Schema violations (schema/roseup-feed.schema.json, shipped in the package),
 *   each with its JSON pointer and the rule (schema keyword) it breaks. Exit status 1.
 *   Also errors: what the elements refuse before reading a feed (over 5 MB, nested too deep).
 * - Warnings: what the elements will ignore, from their own parser (`normalizeFeed`): skipped
 *   items with the reason, and `_roseup` links they cannot use. Exit status 0.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { MAX_JSON_DEPTH, safeUrl, tooDeepAt } from '../data/feed-parser.js';
import { MAX_BODY_BYTES } from '../data/http.js';
import { normalizeFeed } from '../data/normalize-feed.js';
import type { Feed } from '../data/types.js';
import type { Output } from './usage.js';

/** The schema file, from dist/npm/cli/ (shipped) or src/cli/ (sources): three levels up either way. */
export const SCHEMA_URL = new URL('../../../schema/roseup-feed.schema.json', import.meta.url);

export interface Finding {
  /** JSON pointer into the document ("" is the document itself). */
  pointer: string;
  message: string;
  /** The schema keyword broken (errors only). */
  rule?: string;
}

export interface ValidationReport {
  errors: Finding[];
  warnings: Finding[];
}

// ajv-formats is CommonJS: its default export is the plugin, or a namespace holding it.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;

let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object);
  }
  return compiled;
}

const describe = (error: ErrorObject): string => {
  const { keyword, params } = error;
  if (keyword === 'enum' && Array.isArray((params as { allowedValues?: unknown }).allowedValues)) {
    return `${error.message}: ${(params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return error.message ?? keyword;
};

type Obj = Record<string, unknown>;
const objectAt = (value: unknown): Obj | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;

/** Links present in the document that the parser dropped (not http(s), template without its placeholder…). */
function ignoredLinks(doc: Obj, feed: Feed): Finding[] {
  const ext = objectAt(doc._roseup) ?? {};
  const checks: Array<[string, unknown, string | undefined]> = [
    ['/home_page_url', doc.home_page_url, feed.homePageUrl],
    ['/next_url', doc.next_url, feed.nextUrl],
    ['/_roseup/search_url', ext.search_url, feed.searchUrl],
    ['/_roseup/agenda_url', ext.agenda_url, feed.agendaUrl],
    ['/_roseup/item_url', ext.item_url, feed.itemUrl],
    ['/_roseup/events_url', ext.events_url, feed.eventsUrl],
    ['/_roseup/search_index_url', ext.search_index_url, feed.searchIndexUrl],
    ['/_roseup/category_url', ext.category_url, feed.categoryUrl],
  ];
  return checks
    .filter(([, raw, parsed]) => raw !== undefined && raw !== null && parsed === undefined)
    .map(([pointer]) => ({
      pointer,
      message:
        pointer === '/_roseup/search_url'
          ? 'ignored by the elements: a search page must be https on the feed\'s own origin or on rose-up.fr (visitors\' queries go there); they use RoseUp\'s search page instead'
          : 'ignored by the elements: not a usable http(s) URL (or template)',
    }));
}

/** Validates a decoded document; `url` is where it comes from (relative URLs resolve against it). */
export function validateFeedJson(json: unknown, url: string): ValidationReport {
  const validate = schemaValidator();
  const errors: Finding[] = validate(json)
    ? []
    : (validate.errors ?? []).map((error) => ({ pointer: error.instancePath, message: describe(error), rule: error.keyword }));
  const warnings: Finding[] = [];
  let feed: Feed | undefined;
  try {
    feed = normalizeFeed(json, url);
  } catch (error) {
    // The schema has already said why (version, items); keep the parser's words too.
    if (!errors.length) errors.push({ pointer: '', message: (error as Error).message, rule: 'feed' });
  }
  if (feed) {
    for (const skipped of feed.skipped) {
      warnings.push({ pointer: `/items/${skipped.index}`, message: `the elements skip this item: ${skipped.reason}` });
    }
    warnings.push(...ignoredLinks(json as Obj, feed));
  }
  return { errors, warnings };
}

/** What the elements' feed client refuses before parsing (src/data/http.ts, feed-parser.ts `decode`). */
function refusals(text: string): Finding[] {
  const refused = (why: string): Finding => ({ pointer: '', message: `the feed is ${why}: the elements refuse it` });
  const found: Finding[] = [];
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) found.push(refused(`larger than ${MAX_BODY_BYTES / 1_000_000} MB`));
  if (tooDeepAt(text) >= 0) found.push(refused(`nested more than ${MAX_JSON_DEPTH} levels deep`));
  return found;
}

const isRemote = (target: string): boolean => /^https?:\/\//i.test(target);

async function readTarget(target: string): Promise<{ text: string; url: string }> {
  if (isRemote(target)) {
    const response = await fetch(target, { signal: AbortSignal.timeout(15_000), headers: { accept: 'application/feed+json, application/json' } });
    if (!response.ok) throw new Error(`${target}: HTTP ${response.status}`);
    return { text: await response.text(), url: response.url || target };
  }
  try {
    return { text: readFileSync(target, 'utf8'), url: '' };
  } catch (error) {
    throw new Error(`${target}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

const line = (kind: string, finding: Finding): string =>
  `${kind} at ${JSON.stringify(finding.pointer)}: ${finding.message}${finding.rule ? ` [${finding.rule}]` : ''}`;

export async function runValidate(target: string, output: Output): Promise<number> {
  let source: { text: string; url: string };
  let json: unknown;
  try {
    source = await readTarget(target);
    json = JSON.parse(source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text);
  } catch (error) {
    output.warn(`error: ${error instanceof SyntaxError ? `${target}: not valid JSON (${error.message})` : (error as Error).message}`);
    return 1;
  }
  // A local file: relative URLs resolve against its own feed_url, else against a placeholder.
  const url = source.url || safeUrl(objectAt(json)?.feed_url) || 'https://feed.invalid/feed.json';
  const report = validateFeedJson(json, url);
  report.errors.unshift(...refusals(source.text));
  for (const error of report.errors) output.warn(line('error', error));
  for (const warning of report.warnings) output.warn(line('warning', warning));
  output.log(`${target}: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`);
  return report.errors.length ? 1 : 0;
}
