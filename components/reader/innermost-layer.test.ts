import { describe, expect, it } from 'vitest';
import { innermostLayer, type OpenLayers } from './innermost-layer';

const none: OpenLayers = { help: false, display: false, contents: false, menu: false };

describe('innermostLayer', () => {
  it('is the reader itself when nothing is open', () => {
    expect(innermostLayer(none, null)).toBeNull();
  });

  it('closes the help before anything, even with focus in a panel', () => {
    expect(innermostLayer({ help: true, display: true, contents: true, menu: true }, 'contents')).toBe('help');
  });

  it('closes the panel holding focus first', () => {
    expect(innermostLayer({ ...none, display: true, contents: true }, 'contents')).toBe('contents');
    expect(innermostLayer({ ...none, display: true, contents: true }, 'display')).toBe('display');
  });

  it('closes panels before the menu they were opened from', () => {
    expect(innermostLayer({ ...none, menu: true, contents: true }, null)).toBe('contents');
    expect(innermostLayer({ ...none, menu: true, display: true, contents: true }, null)).toBe('display');
    expect(innermostLayer({ ...none, menu: true }, null)).toBe('menu');
  });

  it('ignores focus in a panel that is closed', () => {
    expect(innermostLayer({ ...none, menu: true }, 'display')).toBe('menu');
  });
});
