import type { Plugin } from 'vite';

/** Removes the translators' notes (`desc`) of `msg()` calls from the build. */
export function dropTranslatorNotes(): Plugin;
