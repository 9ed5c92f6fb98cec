/**
 * The player's pictograms: drawn in `currentColor` so every theme (and forced
 * colors) paints them, hidden from assistive technology (the button names them).
 */
const PATHS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  sentenceBack: 'M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z',
  sentenceForward: 'M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z',
  paragraphBack: 'M18.4 7.4 17 6l-6 6 6 6 1.4-1.4-4.6-4.6zm-6 0L11 6l-6 6 6 6 1.4-1.4L7.8 12z',
  paragraphForward: 'M5.6 16.6 7 18l6-6-6-6-1.4 1.4 4.6 4.6zm6 0L13 18l6-6-6-6-1.4 1.4 4.6 4.6z',
  headingBack: 'M4 5h2v14H4zm14.4 2.4L17 6l-6 6 6 6 1.4-1.4-4.6-4.6z',
  headingForward: 'M18 5h2v14h-2zM5.6 16.6 7 18l6-6-6-6-1.4 1.4 4.6 4.6z',
  contents: 'M4 6h2v2H4zm4 0h12v2H8zm-4 5h2v2H4zm4 0h12v2H8zm-4 5h2v2H4zm4 0h12v2H8z',
  display: 'M9 4 3 20h2.3l1.6-4.5h6.2L14.7 20H17L11 4zm-1.4 9.5L10 6.8l2.4 6.7zM19 11h2v9h-2z',
  keyboard: 'M3 6h18v12H3zm2 2v2h2V8zm3 0v2h2V8zm3 0v2h2V8zm3 0v2h2V8zm3 0v2h2V8zM5 11v2h2v-2zm3 0v2h2v-2zm3 0v2h2v-2zm3 0v2h2v-2zm3 0v2h2v-2zM7 14v2h10v-2z',
  close: 'M18.3 5.7 16.9 4.3 12 9.2 7.1 4.3 5.7 5.7 10.6 12l-4.9 4.9 1.4 1.4 4.9-4.9 4.9 4.9 1.4-1.4-4.9-4.9z',
  more: 'M6 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  back: 'M12 4 4 12l1.4 1.4L11 7.8V20h2V7.8l5.6 5.6L20 12z',
  /** The listening queue's previous and next article (a media player's previous and next track). */
  articleBack: 'M6 6h2v12H6zm3.5 6 8.5 6V6z',
  articleForward: 'M6 18l8.5-6L6 6v12zM16 6v12h2V6z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="lector-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
