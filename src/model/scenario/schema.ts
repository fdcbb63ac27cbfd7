// Scenario file format v1 (see ../shared/ui-contract.md and docs/scenario-format.md).
// Strict objects: an unknown key is reported, never silently ignored.
// zod/mini: the same validation as classic zod, tree-shakable (about a tenth of its size in the
// app's bundle).
import * as z from 'zod/mini';
import { DISK_CONTENT_KINDS } from '../disk/image';
import {
  MAX_DISK_SECTORS,
  MAX_EXPLICIT_BVECS,
  MAX_FRAME,
  MAX_OPS,
  MAX_OP_BYTES,
  MAX_PAGES,
  MAX_TEXT_CHARS,
} from './limits';
import { SchemaRules } from './rules';

/** The rule behind each message this schema gives zod (see SchemaRules). */
export const SCHEMA_RULES = new SchemaRules();
const say = SCHEMA_RULES.text.bind(SCHEMA_RULES);

const int = (min: number, max: number) =>
  z
    .number({ error: say('type.number') })
    .check(
      z.int({ error: say('type.int') }),
      z.minimum(min, { error: say('atLeast', { min }) }),
      z.maximum(max, { error: say('atMost', { max }) }),
    );

const textChecks = [
  z.maxLength(MAX_TEXT_CHARS, { error: say('maxChars', { max: MAX_TEXT_CHARS }) }),
] as const;
const text = z.string({ error: say('type.string') }).check(...textChecks);
const opt = z.optional;
// Lists of the wrong type get no wording here: validate.ts reports every wrong type uniformly.

const powerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;
const multipleOf512 = (n: number) => n % 512 === 0;

const kernelSchema = z.strictObject({
  pageSize: opt(int(4096, 65536).check(z.refine(powerOfTwo, { error: say('kernel.powerOfTwo') }))),
  sectorSize: opt(
    z.union([z.literal(512), z.literal(1024), z.literal(2048), z.literal(4096)], {
      error: say('kernel.sectorSize'),
    }),
  ),
  maxSegments: opt(int(1, 256)),
  maxSegmentSize: opt(
    int(512, 1 << 20).check(z.refine(multipleOf512, { error: say('kernel.multipleOf512') })),
  ),
  segmentBoundaryMask: opt(
    int(511, 2 ** 32 - 1).check(
      z.refine((m) => powerOfTwo(m + 1), {
        error: say('kernel.boundaryMask'),
      }),
    ),
  ),
  clustering: opt(z.boolean({ error: say('type.boolean') })),
  maxHwSectors: opt(int(1, 65535)),
});

const frameSchema = z.strictObject({
  pfn: opt(int(0, MAX_FRAME)),
  mfn: opt(int(0, MAX_FRAME)),
});

const memorySchema = z.strictObject({
  pages: opt(
    z.record(
      z.string().check(z.regex(/^(0|[1-9][0-9]*)$/, { error: say('memory.pageKey') })),
      frameSchema,
    ),
  ),
});

const diskSchema = z.strictObject({
  sectors: int(1, MAX_DISK_SECTORS),
  content: z.enum(DISK_CONTENT_KINDS as [string, ...string[]], {
    error: say('disk.content', { kinds: DISK_CONTENT_KINDS.map((k) => `"${k}"`).join(', ') }),
  }),
});

// An optional byte range of the op's data that the fill covers (default: all of it), so a
// read-modify-write can patch only the user's part of a stripe unit. Sector-aligned because the
// model moves 512-byte cells; validate.ts checks that the range lies inside the op's data.
const fillRange = {
  offset: opt(
    int(0, MAX_OP_BYTES).check(
      z.refine(multipleOf512, {
        error: say('fill.multipleOf512'),
      }),
    ),
  ),
  length: opt(
    int(512, MAX_OP_BYTES).check(
      z.refine(multipleOf512, {
        error: say('fill.multipleOf512'),
      }),
    ),
  ),
};

const fillSchema = z.union(
  [
    z.strictObject({ byte: int(0, 255), ...fillRange }),
    z.strictObject({
      text: z.string({ error: say('type.string') }).check(
        ...textChecks,
        z.minLength(1, { error: say('notEmpty') }),
        z.regex(/^[\x20-\x7E]*$/, {
          error: say('fill.ascii'),
        }),
      ),
      ...fillRange,
    }),
  ],
  {
    error: say('fill.shape'),
  },
);

const bufferSchema = z.strictObject({
  address: int(0, MAX_PAGES * 65536),
  length: int(1, MAX_OP_BYTES),
});

const bvecSchema = z.strictObject({
  page: int(0, MAX_PAGES - 1),
  offset: int(0, 65535).check(
    z.refine(multipleOf512, {
      error: say('bvecs.multipleOf512'),
    }),
  ),
  length: int(512, 65536).check(
    z.refine(multipleOf512, {
      error: say('bvecs.multipleOf512'),
    }),
  ),
});

const opSchema = z.strictObject({
  op: z.enum(['read', 'write'], { error: say('op.kind') }),
  sector: int(0, MAX_DISK_SECTORS),
  buffer: opt(bufferSchema),
  bvecs: opt(
    z.array(bvecSchema).check(
      z.minLength(1, { error: say('bvecs.min') }),
      z.maxLength(MAX_EXPLICIT_BVECS, {
        error: say('bvecs.max', { max: MAX_EXPLICIT_BVECS }),
      }),
    ),
  ),
  fill: opt(fillSchema),
  label: opt(text),
});

/** Most step-anchored tour notes in one scenario. */
export const MAX_NOTES = 200;

const noteSchema = z.strictObject({
  step: int(0, 1_000_000),
  text: z
    .string({ error: say('type.string') })
    .check(
      z.minLength(1, { error: say('notEmpty') }),
      z.maxLength(2000, { error: say('maxChars', { max: 2000 }) }),
    ),
});

/** Zod schema of a scenario file, before cross-field rules (see validate.ts). */
export const scenarioSchema = z.strictObject({
  version: z.literal(1, { error: say('version') }),
  title: opt(text),
  description: opt(text),
  kernel: opt(kernelSchema),
  memory: opt(memorySchema),
  disk: diskSchema,
  /** Guided-tour notes a teacher anchors to steps (shown when the timeline reaches them). */
  notes: opt(
    z
      .array(noteSchema)
      .check(z.maxLength(MAX_NOTES, { error: say('notes.max', { max: MAX_NOTES }) })),
  ),
  ops: z
    .array(opSchema)
    .check(
      z.minLength(1, { error: say('ops.min') }),
      z.maxLength(MAX_OPS, { error: say('ops.max', { max: MAX_OPS }) }),
    ),
});

/** A scenario as written in a file (optional fields may be absent). */
export type ScenarioInput = z.infer<typeof scenarioSchema>;
/** One op of a scenario. */
export type ScenarioOp = ScenarioInput['ops'][number];
/** An explicit bio_vec of a stacked-driver op. */
export type ExplicitBvec = z.infer<typeof bvecSchema>;
/** A guided-tour note anchored to a step. */
export type TourNote = z.infer<typeof noteSchema>;
/** Data a process writes into its buffer before a write op. */
export type Fill = z.infer<typeof fillSchema>;
