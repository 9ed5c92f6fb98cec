/** The extension's English strings (public/_locales/en), with chrome.i18n's placeholder substitution. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../../components/i18n/messages';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const messages: Messages = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

export const english: Translate = (key, substitutions = []) => {
  const entry = messages[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
};
