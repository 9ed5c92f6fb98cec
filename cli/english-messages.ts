/**
 * The extension's English strings (public/_locales/en), with chrome.i18n's
 * placeholder substitution: the CLI says what the reader says, from the same
 * file, so there is no second English copy to drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../components/i18n/messages';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

let messages: Messages | undefined;

export const englishMessages: Translate = (key, substitutions = []) => {
  messages ??= JSON.parse(readFileSync(join(import.meta.dirname, '../public/_locales/en/messages.json'), 'utf8')) as Messages;
  const entry = messages[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
};
