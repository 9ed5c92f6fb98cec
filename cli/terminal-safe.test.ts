import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe';

describe('terminalSafe', () => {
  it('removes escape sequences a page could use on a terminal and keeps lines, tabs and letters', () => {
    const title = '\u001b]0;pwned\u0007'; // set the window title
    const clear = '\u001b[2J\u001b[H';
    const clipboard = '\u001b]52;c;cm0gLXJmIH4=\u0007'; // OSC 52: write the clipboard
    const c1 = '\u009b31m'; // CSI as a single C1 character
    const out = terminalSafe(`${title}Héllo${clear}\n\twörld${clipboard}${c1}\u0000!`);
    expect(out).toBe(']0;pwnedHéllo[2J[H\n\twörld]52;c;cm0gLXJmIH4=31m!');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
