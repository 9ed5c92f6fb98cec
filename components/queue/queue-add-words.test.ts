import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n/translate';
import { queueAddWords } from './queue-add-words';

const t = (key: MessageKey, subs?: string[]) => `${key}(${(subs ?? []).join('|')})`;

describe('queueAddWords', () => {
  it('says each outcome, with its title, count or cap', () => {
    expect(queueAddWords(t, { kind: 'added', title: 'Ice', count: 3 })).toBe('queueAddedStatus(Ice|3)');
    expect(queueAddWords(t, { kind: 'already-queued', title: 'Ice' })).toBe('queueAlreadyStatus(Ice)');
    expect(queueAddWords(t, { kind: 'queue-full', limit: 'articles', max: 50 })).toBe('queueFullArticles(50)');
    expect(queueAddWords(t, { kind: 'queue-full', limit: 'bytes', max: 5 })).toBe('queueFullBytes()');
    expect(queueAddWords(t, { kind: 'failed' })).toBe('queueAddFailed()');
    expect(queueAddWords(t, { kind: 'no-article', code: 'too-short' })).toBe('queueNoArticle()');
  });
});
