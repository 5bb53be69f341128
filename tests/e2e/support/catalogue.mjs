// The i18n catalogues (i18n/<lang>/*.ftl) as plain maps, for tests that compare what the page
// shows with what each language says. The files use one-line messages only (the Rust tests
// in crates/i18n check the syntax); `{ $name }` placeholders are kept as written.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { REPO_ROOT } from './oracle.mjs';

/** Every message of `lang`: Map of id → text. */
export async function loadCatalogue(lang) {
  const dir = path.join(REPO_ROOT, 'i18n', lang);
  const messages = new Map();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ftl')).sort()) {
    const text = await readFile(path.join(dir, file), 'utf8');
    for (const line of text.split('\n')) {
      const match = /^([a-zA-Z][\w-]*) = (.*)$/.exec(line);
      if (match) messages.set(match[1], match[2]);
    }
  }
  return messages;
}

/**
 * A regular expression matching the whole of a message's text with any value in its
 * placeholders, e.g. "Cut on { $axis }" → /^Cut on .+?$/.
 */
export function messagePattern(text) {
  const parts = text.split(/\{ *\$[\w-]+ *\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 's');
}

/** The letters of a message outside its placeholders. */
export function staticLetters(text) {
  return text.replace(/\{ *\$[\w-]+ *\}/g, '').replace(/[^\p{L}]/gu, '');
}
