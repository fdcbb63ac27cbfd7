import { describe, expect, it } from 'vitest';
import { PRESETS, parseScenario } from '../model';
import {
  MAX_RECENT,
  MAX_RECENT_SCENARIO_CHARS,
  RECENT_KEY,
  TAB_STATE_KEY,
  loadRecent,
  loadTabFragment,
  recentTitle,
  rememberScenario,
  saveTabFragment,
  type StorageLike,
} from './persistence';

/** An in-memory Storage that can be told to refuse writes over a size, or to throw on reads. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(
    private readonly quotaChars = Infinity,
    private readonly broken = false,
  ) {}
  getItem(key: string): string | null {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    if (value.length > this.quotaChars) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const scenario = (n: number, title?: string) => ({
  version: 1,
  ...(title !== undefined ? { title } : {}),
  disk: { sectors: 4096, content: 'pattern' },
  ops: [{ op: 'read', sector: n, buffer: { address: 512, length: 1024 } }],
});

describe('tab state', () => {
  it('saves and loads the fragment', () => {
    const storage = new FakeStorage();
    expect(loadTabFragment(storage)).toBeNull();
    expect(saveTabFragment(storage, 'v=1&p=raid-stripe&step=3')).toBe(true);
    expect(storage.items.get(TAB_STATE_KEY)).toBe('v=1&p=raid-stripe&step=3');
    expect(loadTabFragment(storage)).toBe('v=1&p=raid-stripe&step=3');
  });

  it('survives storage that throws or is missing', () => {
    expect(loadTabFragment(new FakeStorage(Infinity, true))).toBeNull();
    expect(saveTabFragment(new FakeStorage(Infinity, true), 'v=1')).toBe(false);
    expect(saveTabFragment(new FakeStorage(3), 'v=1&p=x')).toBe(false);
    expect(loadTabFragment(null)).toBeNull();
    expect(saveTabFragment(null, 'v=1')).toBe(false);
  });
});

describe('Recent list', () => {
  it('keeps the newest first, with title and time', () => {
    const storage = new FakeStorage();
    rememberScenario(storage, scenario(1, 'First'), 1000);
    const list = rememberScenario(storage, scenario(2), 2000);
    expect(list.map((e) => [e.title, e.savedAt])).toEqual([
      ['Custom scenario, 1 op', 2000],
      ['First', 1000],
    ]);
    expect(loadRecent(storage)).toEqual(list);
  });

  it('moves a scenario seen again to the top instead of listing it twice', () => {
    const storage = new FakeStorage();
    rememberScenario(storage, scenario(1, 'A'), 1);
    rememberScenario(storage, scenario(2, 'B'), 2);
    // The same scenario, written with its keys in another order.
    const again = {
      ops: [{ buffer: { length: 1024, address: 512 }, sector: 1, op: 'read' }],
      disk: { content: 'pattern', sectors: 4096 },
      title: 'A',
      version: 1,
    };
    const list = rememberScenario(storage, again, 3);
    expect(list.map((e) => [e.title, e.savedAt])).toEqual([
      ['A', 3],
      ['B', 2],
    ]);
  });

  it(`keeps at most ${MAX_RECENT}`, () => {
    const storage = new FakeStorage();
    for (let n = 0; n < MAX_RECENT + 5; n++) rememberScenario(storage, scenario(n, `S${n}`), n);
    const list = loadRecent(storage);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]!.title).toBe(`S${MAX_RECENT + 4}`);
    expect(list.at(-1)!.title).toBe('S5');
  });

  it('does not record presets, invalid or oversized scenarios', () => {
    const storage = new FakeStorage();
    for (const p of PRESETS) expect(rememberScenario(storage, p.json, 1)).toEqual([]);
    expect(rememberScenario(storage, { version: 1 }, 1)).toEqual([]);
    const huge = { ...scenario(1), description: 'x'.repeat(4000) };
    const many = {
      ...huge,
      ops: Array.from({ length: 64 }, (_, i) => ({
        ...scenario(1).ops[0]!,
        label: 'y'.repeat(3990) + i,
      })),
    };
    expect(parseScenario(many).ok).toBe(true);
    expect(JSON.stringify(many).length).toBeGreaterThan(MAX_RECENT_SCENARIO_CHARS);
    expect(rememberScenario(storage, many, 1)).toEqual([]);
    expect(storage.items.has(RECENT_KEY)).toBe(false);
  });

  it('drops the oldest entries when the storage is full, and never throws', () => {
    const entryChars = JSON.stringify([
      { title: 'S0', savedAt: 0, scenario: scenario(0, 'S0') },
    ]).length;
    const storage = new FakeStorage(entryChars * 3);
    for (let n = 0; n < 6; n++) rememberScenario(storage, scenario(n, `S${n}`), n);
    const list = loadRecent(storage);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.length).toBeLessThan(6);
    expect(list[0]!.title).toBe('S5');
    // Nothing fits at all: the stored list stays as it was.
    const tiny = new FakeStorage(10);
    expect(rememberScenario(tiny, scenario(1), 1)).toEqual([]);
    expect(rememberScenario(new FakeStorage(Infinity, true), scenario(1), 1)).toEqual([]);
  });

  it('ignores corrupt storage: bad JSON, wrong shapes, invalid scenarios, repeats', () => {
    const storage = new FakeStorage();
    for (const text of ['{', '"x"', '{"a":1}', 'null', '[1,2]']) {
      storage.items.set(RECENT_KEY, text);
      expect(loadRecent(storage)).toEqual([]);
    }
    const good = { title: 'Good', savedAt: 5, scenario: scenario(3) };
    storage.items.set(
      RECENT_KEY,
      JSON.stringify([
        { title: 'No time', scenario: scenario(1) },
        { title: 'Bad scenario', savedAt: 1, scenario: { version: 9 } },
        { title: 7, savedAt: 1, scenario: scenario(2) },
        good,
        { ...good, title: 'Repeat' },
      ]),
    );
    expect(loadRecent(storage)).toEqual([good]);
    // A new entry goes on top of what was readable; the unreadable rest is dropped.
    expect(rememberScenario(storage, scenario(4, 'New'), 6).map((e) => e.title)).toEqual([
      'New',
      'Good',
    ]);
  });

  it('titles an entry by its scenario title, or by its ops', () => {
    expect(recentTitle(scenario(1, 'Named'))).toBe('Named');
    expect(recentTitle({ ...scenario(1), ops: [scenario(1).ops[0], scenario(2).ops[0]] })).toBe(
      'Custom scenario, 2 ops',
    );
    expect(recentTitle(scenario(1, 'x'.repeat(500)))).toHaveLength(120);
  });
});
