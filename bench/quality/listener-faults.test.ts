import { describe, expect, it } from 'vitest';
import { listenerFaults } from './listener-faults';
import { countSnippets } from './snippets';
import type { HeardLine } from './heard';

const line = (text: string, kind: HeardLine['kind'] = 'paragraph'): HeardLine => ({ text, kind });

describe('listener faults', () => {
  const truth = 'The council voted on Tuesday to extend the program. Read the full report at the library.';

  it('counts fragments, addresses and boilerplate, but not headings, the title or the true text', () => {
    const heard = [
      line('Council votes', 'title'),
      line('Heading: Costs', 'heading'),
      line('The council voted on Tuesday to extend the program.'),
      line('5.', 'list-item'),
      line('/*'),
      line('Image 1'),
      line('See https://example.com/full-report for the details.'),
      line('Sign up for our newsletter today.'),
      line('Join the club and LEARN MORE about membership.'),
    ];
    const faults = listenerFaults(heard, truth, ['Join the club and LEARN MORE', 'Sign in']);
    expect(faults.utterances).toBe(9);
    expect(faults.fragments).toEqual(['5.', '/*', 'Image 1']);
    expect(faults.urls).toEqual(['See https://example.com/full-report for the details.']);
    expect(faults.boilerplate).toEqual(['Sign up for our newsletter today.', 'Join the club and LEARN MORE about membership.']);
  });

  it('lets the true text win over a snippet', () => {
    expect(listenerFaults([line('Read the full report at the library.')], truth, ['Read the full report']).boilerplate).toEqual([]);
  });
});

describe('modern-web snippets', () => {
  it('keeps `with` by words in order and leaks `without` of three words or more', () => {
    const text = 'The council, on Tuesday, voted. Sign in. Share this story on Facebook.';
    expect(countSnippets(text, ['council on Tuesday voted', 'voted on Tuesday'], ['Sign in', 'Share this story'])).toEqual({
      withKept: 1,
      withTotal: 2,
      withoutLeaked: 1,
      withoutTotal: 1,
    });
  });
});
