import { createHash } from 'node:crypto';

/** Short content hash for immutable file names and the build state (hex, 10 characters = 40 bits). */
export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);
