/**
 * Writes a planned tree (path → content) into the output folder, all or nothing, and only what
 * changed.
 *
 * - All or nothing: the new tree is staged in a folder next to `--out` (same file system), then
 *   swapped in with two renames. A failure before the swap leaves `--out` as it was.
 * - Only what changed: `.roseup-feed-state.json` in the output records each file's content hash.
 *   A file whose hash is unchanged is hard-linked from the current output into the staging
 *   folder (copied, with its times, where links are not possible), so it keeps its bytes and its
 *   modification time and a sync to a CDN skips it; files no longer planned are not carried
 *   over, which deletes them.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, link, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { contentHash } from './content-hash.js';

export const STATE_FILE = '.roseup-feed-state.json';
const STATE_VERSION = 1;

export interface WriteSummary {
  written: string[];
  unchanged: number;
  removed: string[];
}

export class OutputError extends Error {
  override readonly name = 'OutputError';
}

function readState(out: string): Record<string, string> | undefined {
  try {
    const state = JSON.parse(readFileSync(join(out, STATE_FILE), 'utf8')) as { version?: unknown; files?: unknown };
    if (state.version === STATE_VERSION && state.files && typeof state.files === 'object') return state.files as Record<string, string>;
  } catch {
    // No state (first build) or an unreadable one: every file is written.
  }
  return undefined;
}

/** Paths must stay inside the output folder. */
function checkPath(path: string): void {
  if (!path || path.startsWith('/') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new OutputError(`refusing to write outside the output folder: ${path}`);
  }
}

/** Files written at once: the file system calls run on libuv's threads, overlapping their waits. */
const CONCURRENCY = 32;

export async function writeTree(outDir: string, files: ReadonlyMap<string, string>): Promise<WriteSummary> {
  const out = resolve(outDir);
  const previous = readState(out);
  if (!previous && existsSync(out) && readdirSync(out).length) {
    throw new OutputError(`${outDir} is not empty and was not written by roseup-feed build (no ${STATE_FILE}): choose a new or empty folder`);
  }
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(out)}.staging-`));
  const summary: WriteSummary = { written: [], unchanged: 0, removed: [] };
  const hashes: Record<string, string> = {};
  try {
    const paths = [...files.keys()].sort();
    const folders = new Set<string>();
    for (const path of paths) {
      checkPath(path);
      folders.add(dirname(join(staging, path)));
    }
    for (const folder of folders) mkdirSync(folder, { recursive: true });

    let next = 0;
    const worker = async () => {
      while (next < paths.length) {
        const path = paths[next++];
        const content = files.get(path)!;
        const hash = contentHash(content);
        hashes[path] = hash;
        const target = join(staging, path);
        const current = join(out, path);
        if (previous?.[path] === hash && sameSize(current, Buffer.byteLength(content))) {
          await carryOver(current, target);
          summary.unchanged++;
        } else {
          await writeFile(target, content);
          summary.written.push(path);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    summary.written.sort();
    for (const path of Object.keys(previous ?? {})) if (!files.has(path)) summary.removed.push(path);

    const ordered: Record<string, string> = {};
    for (const path of paths) ordered[path] = hashes[path];
    const state = `${JSON.stringify({ version: STATE_VERSION, files: ordered })}\n`;
    const previousState = join(out, STATE_FILE);
    if (summary.written.length || summary.removed.length || !sameSize(previousState, Buffer.byteLength(state))) {
      writeFileSync(join(staging, STATE_FILE), state);
    } else {
      await carryOver(previousState, join(staging, STATE_FILE));
    }
    swap(staging, out);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return summary;
}

function sameSize(file: string, size: number): boolean {
  try {
    return statSync(file).size === size;
  } catch {
    return false;
  }
}

async function carryOver(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
    const { atime, mtime } = statSync(from);
    await utimes(to, atime, mtime);
  }
}

/** Puts `staging` in place of `out`; the previous output is restored if the second rename fails. */
function swap(staging: string, out: string): void {
  if (!existsSync(out)) {
    renameSync(staging, out);
    return;
  }
  const old = `${staging}.previous`;
  renameSync(out, old);
  try {
    renameSync(staging, out);
  } catch (error) {
    renameSync(old, out);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
