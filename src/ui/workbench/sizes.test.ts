import { describe, expect, it } from 'vitest';
import { defaultSizes, fit, isNarrow, SPLIT, terminalFont, terminalNeeds, topTabs } from './sizes';

const lesson = { lesson: true, present: false, embed: false };

describe('workbench sizes', () => {
  it('gives the terminal 80 columns at laptop sizes', () => {
    for (const vp of [
      { w: 1024, h: 768 },
      { w: 1440, h: 900 },
      { w: 1280, h: 720 },
    ]) {
      const s = defaultSizes(vp, lesson);
      const terminal = vp.w - s.lessonW - SPLIT - (s.eventsW ? s.eventsW + SPLIT : 0);
      expect(terminal).toBeGreaterThanOrEqual(terminalNeeds(false));
    }
  });

  it('keeps 80 columns of the larger presenter type at projector widths, down to 1024', () => {
    for (const w of [1024, 1280, 1440, 1920]) {
      const s = defaultSizes({ w, h: 768 }, { ...lesson, present: true });
      expect(w - s.lessonW - SPLIT - (s.eventsW ? s.eventsW + SPLIT : 0)).toBeGreaterThanOrEqual(terminalNeeds(true, w));
      expect(terminalFont(true, w)).toBeGreaterThan(terminalFont(false, w));
    }
    expect(terminalFont(true, 1920)).toBe(17);
    expect(terminalFont(true, 1024)).toBe(14);
  });

  it('puts the events beside the terminal only when there is room', () => {
    expect(defaultSizes({ w: 1440, h: 900 }, lesson).eventsW).toBeGreaterThan(0);
    expect(defaultSizes({ w: 1024, h: 768 }, lesson).eventsW).toBe(0);
  });

  it('shares the width between editor and canvas in embed mode', () => {
    const s = defaultSizes({ w: 1000, h: 600 }, { lesson: false, present: false, embed: true });
    expect(s.editorW).toBeGreaterThan(400);
    expect(s.editorW).toBeLessThan(600);
  });

  it('keeps sizes inside the window after it shrinks', () => {
    const big = defaultSizes({ w: 1920, h: 1080 }, lesson);
    const s = fit({ w: 1024, h: 700 }, lesson, big);
    expect(s.lessonW).toBeLessThanOrEqual(512);
    expect(s.editorW).toBeLessThan(1024 - s.lessonW);
  });

  it('leaves the canvas beside the editor room for a pod → claim → volume chain at a readable zoom on a 1440 px laptop', () => {
    const vp = { w: 1440, h: 900 };
    const s = defaultSizes(vp, lesson);
    const canvas = vp.w - s.lessonW - SPLIT - s.editorW - SPLIT;
    // three 200 px card columns (the first in a node frame), two 50 px gaps, at 10/11 zoom, with the camera's margins
    expect(canvas).toBeGreaterThanOrEqual(Math.ceil((232 + 2 * 250) * (10 / 11) + 32));
    expect(s.editorW).toBeGreaterThanOrEqual(360);
    // wider screens keep their share; narrower ones still take turns
    expect(defaultSizes({ w: 1920, h: 1080 }, lesson).editorW).toBe(Math.round((1920 - defaultSizes({ w: 1920, h: 1080 }, lesson).lessonW - 2 * SPLIT) * 0.44));
    expect(topTabs(vp, lesson)).toBe(false);
  });

  it('switches to tabs on a phone', () => {
    expect(isNarrow({ w: 390, h: 844 })).toBe(true);
    expect(isNarrow({ w: 1024, h: 768 })).toBe(false);
  });

  it('lets editor and canvas take turns when the canvas beside the editor would be too narrow to read', () => {
    expect(topTabs({ w: 1024, h: 768 }, lesson)).toBe(true);
    expect(topTabs({ w: 1280, h: 800 }, lesson)).toBe(true);
    expect(topTabs({ w: 1440, h: 900 }, lesson)).toBe(false);
    expect(topTabs({ w: 1280, h: 800 }, { ...lesson, lesson: false })).toBe(false);
    expect(topTabs({ w: 390, h: 844 }, lesson)).toBe(false);
    expect(topTabs({ w: 1024, h: 768 }, { ...lesson, embed: true })).toBe(false);
    // a projector: the canvas beside the editor would hold less than two columns of the larger cards
    expect(topTabs({ w: 1024, h: 768 }, { ...lesson, present: true })).toBe(true);
    expect(topTabs({ w: 1440, h: 900 }, { ...lesson, present: true })).toBe(true);
    expect(topTabs({ w: 1920, h: 1080 }, { ...lesson, present: true })).toBe(false);
  });
});
