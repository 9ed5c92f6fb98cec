/**
 * The reader's stylesheet, inlined into the script rather than fetched: the
 * shadow root gets it with no web_accessible_resources entry.
 */
import article from './reader-article.css?inline';
import panels from './reader-panels.css?inline';
import shell from './reader-shell.css?inline';

export const READER_CSS = [shell, article, panels].join('\n');
