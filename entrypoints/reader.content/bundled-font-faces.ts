/**
 * Makes the bundled Atkinson Hyperlegible available to the reader while it is
 * open. `@font-face` rules are ignored inside shadow roots and pages cannot
 * load extension files, so the bytes come from the background and are added
 * to the page's font set as FontFace objects (which changes no DOM), and taken
 * out again on close.
 */
import { ATKINSON_FACES } from '@/assets/fonts/bundled-fonts';
import { BUNDLED_ATKINSON } from '@/components/appearance/font-stacks';
import { sendRuntimeMessage } from '@/messaging/send-message';
import type { FontFamily } from '@/settings/reader-preferences';

let added: FontFace[] = [];
let loading: Promise<void> | null = null;
/** Bumped on release, so a load finishing after the reader closed adds nothing. */
let generation = 0;

/** Loads the bundled font the first time `family` needs it; does nothing for system fonts. */
export function ensureReaderFont(family: FontFamily): void {
  if (family !== 'atkinson' || loading || typeof FontFace !== 'function') return;
  loading = loadAtkinson(generation).catch(() => {
    // Without the file the reader shows the next font of the stack (a system sans).
    loading = null;
  });
}

export function releaseReaderFonts(): void {
  generation++;
  for (const face of added) document.fonts.delete(face);
  added = [];
  loading = null;
}

async function loadAtkinson(started: number): Promise<void> {
  await Promise.all(
    ATKINSON_FACES.map(async ({ file, weight, style }) => {
      const response = await sendRuntimeMessage({ type: 'lector:font', file });
      if (!response) throw new Error(`The background could not read ${file}.`);
      const face = new FontFace(BUNDLED_ATKINSON, base64ToBytes(response.base64), { weight, style, display: 'swap' });
      await face.load();
      if (generation !== started) return;
      document.fonts.add(face);
      added.push(face);
    }),
  );
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
