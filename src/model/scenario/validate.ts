// The boundary: anything from a file, URL or form passes through parseScenario() and comes out
// either as a normalised Scenario or as a list of issues, each naming the field path and rule.
import type { core } from 'zod/mini';
import { err, ok, type Result } from '../../lib/result';
import { resolveKernelConfig, type KernelConfig } from '../config';
import { GPT_MIN_SECTORS } from '../disk/gpt';
import type { DiskContentKind } from '../disk/image';
import { pageIndex, sector, type PageIndex, type Sector } from '../units';
import { MAX_PAGES } from './limits';
import { ruleMessage, rule, type IssueRule, type RuleParams } from './rules';
import {
  SCHEMA_RULES,
  scenarioSchema,
  type ExplicitBvec,
  type Fill,
  type ScenarioInput,
} from './schema';

/** One problem with a scenario: where (`ops[1].bvecs[0].length`) and what rule it breaks. */
export interface ScenarioIssue {
  readonly path: string;
  /** The rule in English: what the CLI prints and the fallback of every other language. */
  readonly message: string;
  /** The rule as data, for the UI to word in its language (absent for zod's own wording). */
  readonly rule?: IssueRule;
}

/** An issue breaking rule `id` (see rules.ts), its English message worded from the rule. */
function ruleIssue(path: string, id: string, params?: RuleParams): ScenarioIssue {
  const r = rule(id, params);
  return { path, message: ruleMessage(r), rule: r };
}

/** Physical and machine frame of a process page (Xen PV: pfn_to_mfn). */
export interface PageFrames {
  readonly pfn: number;
  readonly mfn: number;
}

/** An O_DIRECT read/write through a process buffer. */
export interface BufferOp {
  readonly kind: 'buffer';
  readonly op: 'read' | 'write';
  readonly sector: Sector;
  readonly address: number;
  readonly length: number;
  readonly fill: Fill | undefined;
  readonly label: string | undefined;
}

/** A bio built directly by a stacked driver: explicit bio_vecs, one request. */
export interface BvecOp {
  readonly kind: 'bvecs';
  readonly op: 'read' | 'write';
  readonly sector: Sector;
  readonly bvecs: readonly {
    readonly page: PageIndex;
    readonly offset: number;
    readonly length: number;
  }[];
  readonly fill: Fill | undefined;
  readonly label: string | undefined;
}

/** A validated scenario with every default applied. */
export interface Scenario {
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly kernel: KernelConfig;
  readonly disk: { readonly sectors: number; readonly content: DiskContentKind };
  readonly ops: readonly (BufferOp | BvecOp)[];
  /** Guided-tour notes, sorted by step (several may share a step). */
  readonly notes: readonly { readonly step: number; readonly text: string }[];
  /** Frames of page p; pages not named in the file have pfn = p and mfn = pfn. */
  framesOf(page: PageIndex): PageFrames;
  /** The input as given (for re-serialising and share links). */
  readonly input: ScenarioInput;
}

/** Formats a zod path as `ops[2].buffer.address`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(scenario)' : out;
}

/** The rule of a value of the wrong type, by the type zod expected. */
const EXPECTED: Record<string, string> = {
  object: 'type.object',
  array: 'type.array',
  number: 'type.number',
  int: 'type.int',
  string: 'type.string',
  boolean: 'type.boolean',
};

/** The value at a zod issue path (undefined when absent), to tell "missing" from "wrong type". */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** An issue with the message zod reported, and the rule the schema worded it from if any. */
function withSchemaRule(path: string, message: string): ScenarioIssue {
  const r = SCHEMA_RULES.ruleOf(message);
  return r ? { path, message, rule: r } : { path, message };
}

function issuesFromZod(error: core.$ZodError, input: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push(ruleIssue(formatPath([...issue.path, key]), 'unknownKey'));
      }
    } else if (issue.code === 'invalid_type') {
      const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
      const id = missing ? 'required' : EXPECTED[issue.expected];
      issues.push(
        id !== undefined
          ? ruleIssue(formatPath(issue.path), id)
          : withSchemaRule(formatPath(issue.path), issue.message),
      );
    } else if (issue.code === 'invalid_key') {
      // zod words a bad record key "Invalid input"; the key's own check says what is wrong.
      const message = issue.issues[0]?.message ?? issue.message;
      issues.push(withSchemaRule(formatPath(issue.path), message));
    } else {
      issues.push(withSchemaRule(formatPath(issue.path), issue.message));
    }
  }
  return issues;
}

/** Rules that involve more than one field; zod has checked each field on its own. */
function crossFieldIssues(input: ScenarioInput, kernel: KernelConfig): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add = (path: string, id: string, params?: RuleParams) =>
    issues.push(ruleIssue(path, id, params));
  const k = input.kernel ?? {};
  if (kernel.sectorSize > kernel.pageSize) add('kernel.sectorSize', 'kernel.sectorSizeAbovePage');
  if (k.maxSegmentSize !== undefined && kernel.maxSegmentSize < kernel.pageSize)
    add('kernel.maxSegmentSize', 'kernel.maxSegmentSize', { pageSize: kernel.pageSize });
  if (k.segmentBoundaryMask !== undefined && kernel.segmentBoundaryMask < kernel.pageSize - 1)
    add('kernel.segmentBoundaryMask', 'kernel.boundaryMaskMin', { min: kernel.pageSize - 1 });
  if (k.maxHwSectors !== undefined && kernel.maxHwSectors < kernel.pageSize / 512)
    add('kernel.maxHwSectors', 'kernel.maxHwSectors', { min: kernel.pageSize / 512 });
  if (input.disk.content === 'gpt' && input.disk.sectors < GPT_MIN_SECTORS)
    add('disk.sectors', 'disk.gptSectors', { min: GPT_MIN_SECTORS });
  for (const key of Object.keys(input.memory?.pages ?? {})) {
    if (Number(key) >= MAX_PAGES)
      add(`memory.pages.${key}`, 'memory.pageIndex', { max: MAX_PAGES });
  }
  input.ops.forEach((op, i) => {
    const at = `ops[${i}]`;
    if ((op.buffer === undefined) === (op.bvecs === undefined)) {
      add(at, 'op.bufferOrBvecs');
    }
    if (op.buffer && op.buffer.address + op.buffer.length > MAX_PAGES * kernel.pageSize) {
      add(`${at}.buffer`, 'op.bufferEnd', {
        pages: MAX_PAGES,
        bytes: MAX_PAGES * kernel.pageSize,
      });
    }
    op.bvecs?.forEach((bv: ExplicitBvec, j) => {
      if (bv.offset + bv.length > kernel.pageSize) {
        add(`${at}.bvecs[${j}]`, 'bvecs.inPage', { pageSize: kernel.pageSize });
      }
    });
    const bvecs = op.bvecs ?? [];
    bvecs.forEach((bv, j) => {
      const k = bvecs.findIndex(
        (other, o) =>
          o < j &&
          other.page === bv.page &&
          other.offset < bv.offset + bv.length &&
          bv.offset < other.offset + other.length,
      );
      if (k >= 0) {
        add(`${at}.bvecs[${j}]`, 'bvecs.overlap', { other: k, page: bv.page });
      }
    });
    if (op.fill && (op.fill.offset !== undefined || op.fill.length !== undefined)) {
      // The fill's range is relative to the op's data (buffer bytes, or the bio_vecs in order).
      const dataBytes = op.buffer?.length ?? bvecs.reduce((n, bv) => n + bv.length, 0);
      const offset = op.fill.offset ?? 0;
      if (offset >= dataBytes) add(`${at}.fill.offset`, 'fill.offsetInData', { bytes: dataBytes });
      else if (op.fill.length !== undefined && offset + op.fill.length > dataBytes)
        add(`${at}.fill.length`, 'fill.lengthInData', { bytes: dataBytes });
    }
    if (op.sector >= input.disk.sectors)
      add(`${at}.sector`, 'op.sectorOnDisk', { sectors: input.disk.sectors });
  });
  return issues;
}

function normalise(input: ScenarioInput, kernel: KernelConfig): Scenario {
  const frames = new Map<number, PageFrames>();
  for (const [key, f] of Object.entries(input.memory?.pages ?? {})) {
    const pfn = f.pfn ?? Number(key);
    frames.set(Number(key), { pfn, mfn: f.mfn ?? pfn });
  }
  const ops = input.ops.map((op): BufferOp | BvecOp =>
    op.buffer
      ? {
          kind: 'buffer',
          op: op.op,
          sector: sector(op.sector),
          address: op.buffer.address,
          length: op.buffer.length,
          fill: op.fill,
          label: op.label,
        }
      : {
          kind: 'bvecs',
          op: op.op,
          sector: sector(op.sector),
          bvecs: (op.bvecs ?? []).map((b) => ({
            page: pageIndex(b.page),
            offset: b.offset,
            length: b.length,
          })),
          fill: op.fill,
          label: op.label,
        },
  );
  return {
    title: input.title,
    description: input.description,
    kernel,
    disk: { sectors: input.disk.sectors, content: input.disk.content as DiskContentKind },
    ops,
    notes: [...(input.notes ?? [])].sort((a, b) => a.step - b.step),
    framesOf: (page) => frames.get(page) ?? { pfn: page, mfn: page },
    input,
  };
}

/** Validates a parsed JSON value (or JSON text) as a scenario; never throws. */
export function parseScenario(raw: unknown): Result<Scenario, ScenarioIssue[]> {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return err([ruleIssue('(json)', 'json', { detail: (e as Error).message })]);
    }
  }
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return err(issuesFromZod(parsed.error, value));
  const kernel = resolveKernelConfig(parsed.data.kernel);
  const issues = crossFieldIssues(parsed.data, kernel);
  if (issues.length > 0) return err(issues);
  return ok(normalise(parsed.data, kernel));
}

/** One line per issue, for CLIs and error banners. */
export const formatIssues = (issues: readonly ScenarioIssue[]): string =>
  issues.map((i) => `${i.path}: ${i.message}`).join('; ');
