/**
 * Page text made safe to print on a terminal: control characters go, so a page
 * cannot set the window title, clear the screen or write the clipboard (OSC 52)
 * with escape sequences. Newlines and tabs stay; C1 controls (U+0080–U+009F)
 * go too, since some terminals obey them as escape sequence starts.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}
