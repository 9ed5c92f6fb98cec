/**
 * The reader's stylesheet, inlined into the script rather than fetched: the
 * shadow root gets it with no web_accessible_resources entry. The order is the
 * cascade's: later files override earlier ones.
 */
import article from './reader-article.css?inline';
import compact from './reader-compact.css?inline';
import controls from './reader-controls.css?inline';
import layout from './reader-layout.css?inline';
import panels from './reader-panels.css?inline';
import shell from './reader-shell.css?inline';
import touch from './reader-touch.css?inline';

export const READER_CSS = [shell, controls, layout, article, panels, compact, touch].join('\n');
