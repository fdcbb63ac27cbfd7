// Share links: the explorer's inputs (scenario, step, version focus, speed) as a URL fragment,
// `v=1&s=<compressed scenario>&step=14&focus=d62f69185`, or `p=<preset id>` for an unchanged
// preset. Pure: no DOM; src/app/urlSync.ts is the one module that reads and writes the address
// bar. Decoding never throws: every problem is an issue naming the parameter (or, inside the
// scenario, the field path), beside whatever part of the link could still be read.
import * as z from 'zod/mini';
import { err, ok, type Result } from '../../lib/result';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../i18n/languages';
import { PRESETS, VERSION_IDS, type ScenarioIssue, type VersionId } from '../../model';
import { DEFAULT_SPEED, SPEEDS } from '../explorerStore';
import { canonicalScenarioText, presetWithText } from './canonicalScenario';
import { linkIssue, linkText } from './linkRules';
import { CURRENT_LINK_VERSION, upgradeParams } from './migrations';
import {
  MAX_FRAGMENT_CHARS,
  formatParams,
  parseParams,
  shortText,
  type LinkParams,
} from './params';
import { compressScenario, decompressScenario } from './scenarioParam';

/** What a link asks the explorer to show; absent fields take the explorer's defaults. */
export interface LinkState {
  /** Id of a preset when the scenario is an unchanged preset. */
  readonly presetId?: string;
  /** The scenario JSON (for a preset, the preset's own JSON). */
  readonly scenarioJson?: unknown;
  /** The step cursor (the store clamps it to the trace). */
  readonly step?: number;
  /** The version whose lane is enlarged. */
  readonly focus?: VersionId;
  /** Playback speed in steps per second, one of SPEEDS. */
  readonly speed?: number;
  /** The interface language the link was shared in (absent: the reader's own choice). */
  readonly lang?: Language;
}

/** Why a link could not be read in full, and the part of it that could. */
export interface LinkProblems {
  /** One per problem, each naming the parameter or scenario field. */
  readonly issues: readonly ScenarioIssue[];
  /** What could still be read; a field that was wrong is absent. */
  readonly partial: LinkState;
}

/** A decoded link: its state, or its issues and the readable part of its state. */
export type DecodedLink = Result<LinkState, LinkProblems>;

/** The focus the explorer starts with; a link leaves it out. */
export const DEFAULT_FOCUS: VersionId = '0a8704a51';

const wholeNumber = z
  .string()
  .check(z.regex(/^(0|[1-9][0-9]{0,8})$/, { error: linkText('wholeNumber') }));
const versionParam = z.string().check(z.regex(/^[1-9][0-9]{0,5}$/, { error: linkText('version') }));
const focusParam = z.enum(VERSION_IDS as [VersionId, ...VersionId[]], {
  error: linkText('oneOf', { values: VERSION_IDS.join(', ') }),
});
const speedParam = z.enum(SPEEDS.map(String) as [string, ...string[]], {
  error: linkText('speed', { values: SPEEDS.join(', ') }),
});
const langParam = z.enum(LANGUAGES as unknown as [Language, ...Language[]], {
  error: linkText('oneOf', { values: LANGUAGES.join(', ') }),
});
const presetParam = z.string().check(
  z.refine((id) => PRESETS.some((p) => p.id === id), {
    error: (issue) => linkText('noPreset', { name: shortText(String(issue.input)) }),
  }),
);

/** Validates one parameter with its schema; the message of its first issue on failure. */
function check<T>(
  schema: z.ZodMiniType<T>,
  value: string,
): { ok: true; value: T } | { ok: false; message: string } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'is not valid' };
}

/**
 * The fragment (without '#') for a state. Optional fields at their defaults are left out, so
 * "Copy link" (no step) and the address bar (everything) share one encoder. The scenario is
 * validated first; an invalid one is a caller's bug (the store only ever holds valid ones).
 */
export function encodeLink(state: LinkState): string {
  const entries: [string, string][] = [['v', String(CURRENT_LINK_VERSION)]];
  entries.push(scenarioEntry(state));
  if (state.step !== undefined && state.step !== 0) entries.push(['step', String(state.step)]);
  if (state.focus !== undefined && state.focus !== DEFAULT_FOCUS)
    entries.push(['focus', state.focus]);
  if (state.speed !== undefined && state.speed !== DEFAULT_SPEED)
    entries.push(['speed', String(state.speed)]);
  // English is left out like every other default, so links written before `lang=` existed and
  // links shared from English stay as they were (and open in the reader's own language).
  if (state.lang !== undefined && state.lang !== DEFAULT_LANGUAGE)
    entries.push(['lang', state.lang]);
  return formatParams(entries);
}

// The address bar follows every step, but the scenario part changes only with the scenario, so
// it is memoised per scenario object (store state is immutable: a new scenario is a new object).
const scenarioEntries = new WeakMap<object, [string, string]>();

function scenarioEntry(state: LinkState): [string, string] {
  const json = state.scenarioJson;
  if (typeof json !== 'object' || json === null) return encodeScenario(state);
  let entry = scenarioEntries.get(json);
  if (!entry) scenarioEntries.set(json, (entry = encodeScenario(state)));
  return entry;
}

function encodeScenario(state: LinkState): [string, string] {
  if (state.scenarioJson === undefined) {
    const preset = PRESETS.find((p) => p.id === state.presetId);
    if (!preset) throw new Error(`encodeLink: no scenario and no preset "${state.presetId}"`);
    return ['p', preset.id];
  }
  const text = canonicalScenarioText(state.scenarioJson);
  if (!text.ok) throw new Error(`encodeLink: the scenario is invalid: ${text.error[0]?.path}`);
  const preset = presetWithText(text.value);
  return preset ? ['p', preset.id] : ['s', compressScenario(text.value)];
}

/** Reads a fragment (with or without its '#'); never throws, whatever the input. */
export function decodeLink(fragment: string): DecodedLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return ok({});
  if (text.length > MAX_FRAGMENT_CHARS)
    return failed([linkIssue('(link)', linkText('tooLong', { max: MAX_FRAGMENT_CHARS }))]);
  const { params: raw, issues } = parseParams(text);
  const v = raw.get('v');
  if (v === undefined) return failed([...issues, linkIssue('v', linkText('noVersion'))]);
  const version = check(versionParam, v);
  if (!version.ok) return failed([...issues, linkIssue('v', version.message)]);
  const upgraded = upgradeParams(raw, Number(version.value));
  if (!upgraded.ok) return failed([...issues, linkIssue('v', upgraded.error)]);
  return readParams(upgraded.value, issues);
}

const failed = (issues: readonly ScenarioIssue[], partial: LinkState = {}): DecodedLink =>
  err({ issues, partial });

/** Reads current-version parameters; unknown ones are ignored (newer optional extras). */
function readParams(params: LinkParams, issues: ScenarioIssue[]): DecodedLink {
  const state: { -readonly [K in keyof LinkState]: LinkState[K] } = {};
  const scenario = readScenario(params);
  if (scenario.ok) {
    if (scenario.value.presetId !== undefined) state.presetId = scenario.value.presetId;
    state.scenarioJson = scenario.value.scenarioJson;
  } else if (!issues.some((i) => i.path === 's' || i.path === 'p')) {
    // A repeated s= or p= has been reported already; "names no scenario" would only confuse.
    issues.push(...scenario.error);
  }

  const step = params.get('step');
  if (step !== undefined) {
    const r = check(wholeNumber, step);
    if (r.ok) state.step = Number(r.value);
    else issues.push(linkIssue('step', r.message));
  }
  const focus = params.get('focus');
  if (focus !== undefined) {
    const r = check(focusParam, focus);
    if (r.ok) state.focus = r.value;
    else issues.push(linkIssue('focus', r.message));
  }
  const speed = params.get('speed');
  if (speed !== undefined) {
    const r = check(speedParam, speed);
    if (r.ok) state.speed = Number(r.value);
    else issues.push(linkIssue('speed', r.message));
  }
  const lang = params.get('lang');
  if (lang !== undefined) {
    const r = check(langParam, lang);
    if (r.ok) state.lang = r.value;
    else issues.push(linkIssue('lang', r.message));
  }
  return issues.length === 0 ? ok(state) : failed(issues, state);
}

type LinkScenario = { presetId: string | undefined; scenarioJson: unknown };

function readScenario(params: LinkParams): Result<LinkScenario, ScenarioIssue[]> {
  const s = params.get('s');
  const p = params.get('p');
  if (s !== undefined && p !== undefined) return err([linkIssue('s', linkText('both'))]);
  if (p !== undefined) {
    const r = check(presetParam, p);
    if (!r.ok) return err([linkIssue('p', r.message)]);
    const preset = PRESETS.find((x) => x.id === r.value)!;
    return ok({ presetId: preset.id, scenarioJson: preset.json });
  }
  if (s === undefined) return err([linkIssue('(link)', linkText('noScenario'))]);
  const text = decompressScenario(s);
  if (!text.ok) return err([linkIssue('s', text.error)]);
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch {
    return err([linkIssue('s', linkText('notJson'))]);
  }
  const canonical = canonicalScenarioText(json);
  if (!canonical.ok) return err(canonical.error);
  return ok({ presetId: presetWithText(canonical.value)?.id, scenarioJson: json });
}
