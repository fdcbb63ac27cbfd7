// What survives a reload: the tab's own state (sessionStorage, as a share-link fragment) and a
// bounded "Recent" list of scenarios the user built (localStorage). Pure: the storage is passed
// in, so tests use a fake. Storage is untrusted input (another build, an extension, a full disk):
// anything unreadable is ignored, and a failed write is reported as false, never thrown.
import * as z from 'zod/mini';
import { parseScenario } from '../model';
import { canonicalScenarioText, presetWithText } from './url';

/** The part of the Web Storage API used here. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** sessionStorage key of the tab's state: a share-link fragment (`v=1&s=...&step=...`). */
export const TAB_STATE_KEY = 'scatterlist-explorer:tab';
/** localStorage key of the Recent list. */
export const RECENT_KEY = 'scatterlist-explorer:recent';
/** Most scenarios the Recent list keeps. */
export const MAX_RECENT = 10;
/** Largest scenario (canonical JSON characters) the Recent list keeps: 10 of them fit any quota. */
export const MAX_RECENT_SCENARIO_CHARS = 256 * 1024;
/** Longest title shown for a Recent entry. */
const MAX_TITLE_CHARS = 120;

/** One scenario in the Recent list. */
export interface RecentEntry {
  readonly title: string;
  /** When it was last loaded, in ms since the epoch. */
  readonly savedAt: number;
  /** The scenario JSON (canonical form). */
  readonly scenario: unknown;
}

const entrySchema = z.object({
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
  savedAt: z.number().check(z.refine(Number.isFinite)),
  scenario: z.unknown(),
});

/** getItem that treats a throwing storage (disabled, blocked by policy) as empty. */
function read(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** setItem that reports failure (quota exceeded, storage disabled) instead of throwing. */
function write(storage: StorageLike | null, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The fragment this tab last saved, or null. It is decoded (and validated) like any link. */
export function loadTabFragment(storage: StorageLike | null): string | null {
  return read(storage, TAB_STATE_KEY);
}

/** Saves this tab's state as a link fragment; false if the storage refused it. */
export function saveTabFragment(storage: StorageLike | null, fragment: string): boolean {
  return write(storage, TAB_STATE_KEY, fragment);
}

/** The Recent list, newest first; entries that are malformed, invalid or repeated are dropped. */
export function loadRecent(storage: StorageLike | null): RecentEntry[] {
  const text = read(storage, RECENT_KEY);
  if (text === null || text.length > MAX_RECENT * (MAX_RECENT_SCENARIO_CHARS + 1024)) return [];
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const entries: RecentEntry[] = [];
  for (const item of stored.slice(0, MAX_RECENT)) {
    const entry = entrySchema.safeParse(item);
    if (!entry.success) continue;
    const canonical = canonicalScenarioText(entry.data.scenario);
    if (!canonical.ok || seen.has(canonical.value)) continue;
    seen.add(canonical.value);
    entries.push({
      title: entry.data.title,
      savedAt: entry.data.savedAt,
      scenario: entry.data.scenario,
    });
  }
  return entries;
}

/** The title a Recent entry shows: the scenario's own, or a summary of its ops. */
export function recentTitle(scenarioJson: unknown): string {
  const parsed = parseScenario(scenarioJson);
  if (!parsed.ok) return 'Invalid scenario';
  const { title, ops } = parsed.value;
  const name = title?.trim() || `Custom scenario, ${ops.length} op${ops.length === 1 ? '' : 's'}`;
  return name.length > MAX_TITLE_CHARS ? `${name.slice(0, MAX_TITLE_CHARS - 1)}…` : name;
}

/**
 * Puts a scenario at the top of the Recent list (moving it there if it is already listed) and
 * returns the list as stored. Presets, invalid and oversized scenarios are not recorded. When the
 * storage is full, the oldest entries are dropped until the list fits; if even the new entry alone
 * does not fit, the stored list is left as it was.
 */
export function rememberScenario(
  storage: StorageLike | null,
  scenarioJson: unknown,
  now: number,
): RecentEntry[] {
  const before = loadRecent(storage);
  const canonical = canonicalScenarioText(scenarioJson);
  if (!canonical.ok || presetWithText(canonical.value)) return before;
  if (canonical.value.length > MAX_RECENT_SCENARIO_CHARS) return before;
  const scenario: unknown = JSON.parse(canonical.value);
  const entry: RecentEntry = { title: recentTitle(scenario), savedAt: now, scenario };
  const others = before.filter((e) => {
    const c = canonicalScenarioText(e.scenario);
    return c.ok && c.value !== canonical.value;
  });
  for (let keep = Math.min(others.length, MAX_RECENT - 1); keep >= 0; keep--) {
    const list = [entry, ...others.slice(0, keep)];
    if (write(storage, RECENT_KEY, JSON.stringify(list))) return list;
  }
  return before;
}

/** Window event fired after this tab changes the Recent list (other tabs get a `storage` event). */
export const RECENT_CHANGED_EVENT = 'scatterlist-explorer:recent-changed';
