import { describe, expect, it } from 'vitest';
import { afterFirstPaint, type AfterPaintEnv } from '../../../utils/library/after-paint';

type Entry = { entryType: string; name: string; identifier?: string };

/** A hand-driven browser: timers, frames, entries and visibility are fired by the test. */
function fakeEnv(supported: string[], hidden = false) {
  let time = 0;
  const timers: Array<{ at: number; fn: () => void; live: boolean }> = [];
  const frames: Array<() => void> = [];
  let deliver: ((entries: Entry[]) => void) | null = null;
  let observed: readonly string[] = [];
  let disconnected = false;
  let hiddenListener: (() => void) | null = null;
  const env: AfterPaintEnv = {
    supportedEntryTypes: supported,
    observe(types, fn) {
      observed = types;
      deliver = fn;
      return () => {
        disconnected = true;
      };
    },
    hidden: () => hidden,
    onHidden(fn) {
      hiddenListener = fn;
      return () => {
        hiddenListener = null;
      };
    },
    requestAnimationFrame: (fn) => void frames.push(fn),
    setTimeout(fn, ms) {
      const t = { at: time + ms, fn, live: true };
      timers.push(t);
      return t;
    },
    clearTimeout(h) {
      (h as { live: boolean }).live = false;
    },
  };
  const advance = (ms: number) => {
    time += ms;
    for (let t = timers.find((x) => x.live && x.at <= time); t; t = timers.find((x) => x.live && x.at <= time)) {
      t.live = false;
      t.fn();
    }
  };
  return {
    env,
    advance,
    entries: (e: Entry[]) => deliver?.(e),
    frame: () => frames.splice(0).forEach((f) => f()),
    hide: () => hiddenListener?.(),
    observed: () => observed,
    disconnected: () => disconnected,
  };
}

const OPTIONS = { identifier: 'first-row', fallbackMs: 1000 };

describe('afterFirstPaint', () => {
  it('waits for the marked element to be painted, then runs once in a task of its own', () => {
    const f = fakeEnv(['element', 'paint', 'mark']);
    let runs = 0;
    afterFirstPaint(f.env, OPTIONS, () => runs++);
    expect(f.observed()).toEqual(['element', 'paint']);
    f.frame();
    f.advance(500);
    f.entries([{ entryType: 'element', name: 'text-paint', identifier: 'other' }]);
    f.advance(0);
    expect(runs).toBe(0);
    f.entries([{ entryType: 'element', name: 'text-paint', identifier: 'first-row' }]);
    expect(runs).toBe(0);
    f.advance(0);
    expect(runs).toBe(1);
    expect(f.disconnected()).toBe(true);
    f.entries([{ entryType: 'paint', name: 'first-contentful-paint' }]);
    f.advance(2000);
    expect(runs).toBe(1);
  });

  it('takes the first contentful paint where Element Timing is missing', () => {
    const f = fakeEnv(['paint']);
    let runs = 0;
    afterFirstPaint(f.env, OPTIONS, () => runs++);
    f.entries([{ entryType: 'paint', name: 'first-paint' }]);
    f.advance(0);
    expect(runs).toBe(0);
    f.entries([{ entryType: 'paint', name: 'first-contentful-paint' }]);
    f.advance(0);
    expect(runs).toBe(1);
  });

  it('falls back to the next frame when the browser reports no paints', () => {
    const f = fakeEnv([]);
    let runs = 0;
    afterFirstPaint(f.env, OPTIONS, () => runs++);
    f.advance(10);
    expect(runs).toBe(0);
    f.frame();
    f.advance(0);
    expect(runs).toBe(1);
  });

  it('does not wait past the fallback, nor in a hidden tab', () => {
    const slow = fakeEnv(['element', 'paint']);
    let runs = 0;
    afterFirstPaint(slow.env, OPTIONS, () => runs++);
    slow.advance(999);
    expect(runs).toBe(0);
    slow.advance(1);
    slow.advance(0);
    expect(runs).toBe(1);

    const hidden = fakeEnv(['element', 'paint'], true);
    afterFirstPaint(hidden.env, OPTIONS, () => runs++);
    hidden.advance(0);
    expect(runs).toBe(2);

    const goesHidden = fakeEnv(['element', 'paint']);
    afterFirstPaint(goesHidden.env, OPTIONS, () => runs++);
    goesHidden.hide();
    goesHidden.advance(0);
    expect(runs).toBe(3);
    goesHidden.advance(5000);
    expect(runs).toBe(3);
  });
});
