/**
 * Lines a listener should never hear, written independently of Lector's rule
 * catalogue so the benchmark does not grade Lector with its own answer key. A
 * line counts as clutter left only if it matches here AND the human-marked
 * article body does not contain it.
 */
const PATTERNS: readonly RegExp[] = [
  /^(advertisement|advertisements|ad|ads|publicité|publicidad|anuncio|anzeige|werbung)$/i,
  /^(story|article|content) continues below/i,
  /^continue reading (below|the main story)/i,
  /^la suite après (cette|la) publicité/i,
  /^(read more|related|see also|also read|read also|more from|more on this)\s*[:|]/i,
  /^(à lire aussi|lire aussi|lee también|te puede interesar|mehr zum thema|auch interessant|lesen sie auch)\s*:?/i,
  /^(click to play video|watch|video|listen)\s*[:|]/i,
  /^(cliquez pour lire la vidéo|vídeo|video)\s*:/i,
  /^(sponsored|sponsored content|paid content|promoted|contenu sponsorisé|contenido patrocinado|gesponsert)(\s*[:|]|$)/i,
  /^(related stories|related articles|recommended for you|you may also like|you might also like|trending now|most popular|most read)$/i,
  /^(sign up for|sign up to|subscribe to our|subscribe now|get the latest|download our app|join our newsletter|follow us on)\b/i,
  /^(abonnez-vous|inscrivez-vous à notre|suscríbete|newsletter abonnieren|melden sie sich)/i,
  /^share (this|on)\b/i,
  /^(share|facebook|twitter|email|whatsapp|linkedin|pinterest|reddit|print|copy link)(\s+(share|facebook|twitter|email|whatsapp|linkedin|pinterest|reddit|print|copy link))+$/i,
  /^(comments|leave a comment|join the conversation|\d+ comments?)$/i,
  /^(report an error|report a typo|signaler une erreur)$/i,
  /^(photo|image|picture)?\s*credit/i,
  /^(photo|photograph|image|foto|bild)\s*(by\b|:)/i,
  /^image copyright\b/i,
  /^(getty images|reuters|ap|afp)$/i,
  /^[^.]{0,80}\/\s*(getty images|istock|shutterstock|ap photo|reuters|afp)$/i,
  /^(first published|published|updated|posted)( on)?\b.{0,40}\d{4}/i,
  /^\d{1,2}:\d{2}\s*[ap]m\s*[a-z]{0,3}$/i,
  /^a version of this article appears in print/i,
];

export function isClutterLine(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 250 && PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * `truth` without the lines that are clutter by the patterns above. Readability's
 * own suite expects its output, clutter included; recall against this text asks
 * "did Lector lose real content?" without punishing it for removing clutter.
 */
export function withoutClutterLines(truth: string): string {
  return truth
    .split('\n')
    .filter((line) => !isClutterLine(line))
    .join('\n');
}

/** Clutter lines in `predicted` that the true article text does not contain. */
export function clutterLinesLeft(predicted: string, truth: string): string[] {
  const normalizedTruth = truth.replace(/\s+/g, ' ');
  return predicted
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => isClutterLine(line) && !normalizedTruth.includes(line));
}
