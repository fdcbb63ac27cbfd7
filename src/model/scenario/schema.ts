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

const int = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .check(
      z.int({ error: 'must be a whole number' }),
      z.minimum(min, { error: `must be at least ${min}` }),
      z.maximum(max, { error: `must be at most ${max}` }),
    );

const textChecks = [
  z.maxLength(MAX_TEXT_CHARS, { error: `must be at most ${MAX_TEXT_CHARS} characters` }),
] as const;
const text = z.string({ error: 'must be a string' }).check(...textChecks);
const opt = z.optional;

const powerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;
const multipleOf512 = (n: number) => n % 512 === 0;

const kernelSchema = z.strictObject({
  pageSize: opt(int(4096, 65536).check(z.refine(powerOfTwo, { error: 'must be a power of two' }))),
  sectorSize: opt(
    z.union([z.literal(512), z.literal(1024), z.literal(2048), z.literal(4096)], {
      error: 'must be 512, 1024, 2048 or 4096 (the logical block size)',
    }),
  ),
  maxSegments: opt(int(1, 256)),
  maxSegmentSize: opt(
    int(512, 1 << 20).check(z.refine(multipleOf512, { error: 'must be a multiple of 512' })),
  ),
  segmentBoundaryMask: opt(
    int(511, 2 ** 32 - 1).check(
      z.refine((m) => powerOfTwo(m + 1), {
        error: 'must be one less than a power of two (e.g. 4095)',
      }),
    ),
  ),
  clustering: opt(z.boolean({ error: 'must be true or false' })),
  maxHwSectors: opt(int(1, 65535)),
});

const frameSchema = z.strictObject({
  pfn: opt(int(0, MAX_FRAME)),
  mfn: opt(int(0, MAX_FRAME)),
});

const memorySchema = z.strictObject({
  pages: opt(
    z.record(
      z
        .string()
        .check(z.regex(/^(0|[1-9][0-9]*)$/, { error: 'page keys must be page indices like "3"' })),
      frameSchema,
    ),
  ),
});

const diskSchema = z.strictObject({
  sectors: int(1, MAX_DISK_SECTORS),
  content: z.enum(DISK_CONTENT_KINDS as [string, ...string[]], {
    error: `must be one of ${DISK_CONTENT_KINDS.map((k) => `"${k}"`).join(', ')}`,
  }),
});

// An optional byte range of the op's data that the fill covers (default: all of it), so a
// read-modify-write can patch only the user's part of a stripe unit. Sector-aligned because the
// model moves 512-byte cells; validate.ts checks that the range lies inside the op's data.
const fillRange = {
  offset: opt(
    int(0, MAX_OP_BYTES).check(
      z.refine(multipleOf512, {
        error: 'must be a multiple of 512 (the model fills whole sectors)',
      }),
    ),
  ),
  length: opt(
    int(512, MAX_OP_BYTES).check(
      z.refine(multipleOf512, {
        error: 'must be a multiple of 512 (the model fills whole sectors)',
      }),
    ),
  ),
};

const fillSchema = z.union(
  [
    z.strictObject({ byte: int(0, 255), ...fillRange }),
    z.strictObject({
      text: z.string({ error: 'must be a string' }).check(
        ...textChecks,
        z.minLength(1, { error: 'must not be empty' }),
        z.regex(/^[\x20-\x7E]*$/, {
          error: 'must be printable ASCII (the model writes one byte per character)',
        }),
      ),
      ...fillRange,
    }),
  ],
  {
    error: 'must be { "byte": 0..255 } or { "text": "..." }, optionally with "offset" and "length"',
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
      error: 'must be a multiple of 512 (blkif addresses 512-byte sectors)',
    }),
  ),
  length: int(512, 65536).check(
    z.refine(multipleOf512, {
      error: 'must be a multiple of 512 (blkif addresses 512-byte sectors)',
    }),
  ),
});

const opSchema = z.strictObject({
  op: z.enum(['read', 'write'], { error: 'must be "read" or "write"' }),
  sector: int(0, MAX_DISK_SECTORS),
  buffer: opt(bufferSchema),
  bvecs: opt(
    z.array(bvecSchema, { error: 'must be a list of bio_vecs' }).check(
      z.minLength(1, { error: 'must have at least one bio_vec' }),
      z.maxLength(MAX_EXPLICIT_BVECS, {
        error: `must have at most ${MAX_EXPLICIT_BVECS} bio_vecs`,
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
    .string({ error: 'must be a string' })
    .check(
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(2000, { error: 'must be at most 2000 characters' }),
    ),
});

/** Zod schema of a scenario file, before cross-field rules (see validate.ts). */
export const scenarioSchema = z.strictObject({
  version: z.literal(1, { error: 'must be 1 (the only scenario format so far)' }),
  title: opt(text),
  description: opt(text),
  kernel: opt(kernelSchema),
  memory: opt(memorySchema),
  disk: diskSchema,
  /** Guided-tour notes a teacher anchors to steps (shown when the timeline reaches them). */
  notes: opt(
    z
      .array(noteSchema, { error: 'must be a list of notes' })
      .check(z.maxLength(MAX_NOTES, { error: `must have at most ${MAX_NOTES} notes` })),
  ),
  ops: z
    .array(opSchema, { error: 'must be a list of ops' })
    .check(
      z.minLength(1, { error: 'must have at least one op' }),
      z.maxLength(MAX_OPS, { error: `must have at most ${MAX_OPS} ops` }),
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
