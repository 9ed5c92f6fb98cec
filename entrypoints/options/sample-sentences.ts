/**
 * What "Test voice" says, in the voice's own language where we have a sentence
 * for it (a French voice reading English sounds broken, and so tests nothing).
 */
const SAMPLES: Record<string, string> = {
  en: 'Hello, this is Lector. This is how articles will sound at this speed.',
  fr: 'Bonjour, ici Lector. Voici comment les articles sonneront à cette vitesse.',
  es: 'Hola, soy Lector. Así sonarán los artículos a esta velocidad.',
  de: 'Hallo, hier ist Lector. So klingen Artikel bei dieser Geschwindigkeit.',
  it: 'Ciao, sono Lector. Ecco come suoneranno gli articoli a questa velocità.',
  pt: 'Olá, aqui é o Lector. É assim que os artigos vão soar nesta velocidade.',
  nl: 'Hallo, dit is Lector. Zo klinken artikelen op deze snelheid.',
};

export function sampleSentence(languageKey: string): string {
  return SAMPLES[languageKey] ?? SAMPLES.en!;
}
