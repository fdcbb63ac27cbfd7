// The RAID stripe helper: a RAID layer serving a small O_DIRECT read reads the whole stripe unit
// in one bio, its own scratch pages around the user's page (kernel-notes step 2):
// (S1, 0, A) (U, b, L) (S2, A+L, SU-A-L), the scratch pages laid out like the stripe unit.
import { err, ok, type Result } from '../../lib/result';
import { MAX_PAGES } from '../../model/scenario/limits';
import { CELL_BYTES } from './pageStrip';
import { problem, type FieldProblem } from './parseNumber';

/** What the helper asks for, in bytes and page indices. */
export interface RaidStripeInput {
  /** Stripe unit SU, e.g. 4096. */
  readonly stripeUnit: number;
  /** Where the user's data starts within the stripe unit (A). */
  readonly userOffset: number;
  /** The user's read length (L). */
  readonly userLength: number;
  /** The user buffer's offset within its page (b); A in kernel-notes' example. */
  readonly bufferPageOffset: number;
  /** The user's page U (a buffer crossing a page boundary continues on U+1). */
  readonly userPage: number;
  /** Scratch page S1, before the user's data. */
  readonly scratchBefore: number;
  /** Scratch page S2, after the user's data. */
  readonly scratchAfter: number;
  /** Disk sector where the stripe unit starts. */
  readonly sector: number;
}

/** A problem with one helper input: the field, and why (a key under the editor's raid.problems). */
export interface RaidStripeProblem extends FieldProblem {
  readonly field: keyof RaidStripeInput;
}

/** The generated op, in scenario-file form (an explicit-bvecs read). */
export interface RaidStripeOp {
  readonly op: 'read';
  readonly sector: number;
  readonly bvecs: { page: number; offset: number; length: number }[];
  readonly label: string;
}

/** The values kernel-notes' RAID case uses (A = 1024, a 1 KiB user read), as in raid-stripe.json. */
export const RAID_STRIPE_DEFAULTS: RaidStripeInput = {
  stripeUnit: 4096,
  userOffset: 1024,
  userLength: 1024,
  bufferPageOffset: 1024,
  userPage: 2,
  scratchBefore: 1,
  scratchAfter: 3,
  sector: 8,
};

function problemsOf(input: RaidStripeInput, pageSize: number): RaidStripeProblem[] {
  const out: RaidStripeProblem[] = [];
  // One problem per field, the first that applies: the checks run from the most basic up.
  const check = (field: keyof RaidStripeInput, bad: boolean, why: FieldProblem) => {
    if (bad && !out.some((p) => p.field === field)) out.push({ field, ...why });
  };
  const rule = (id: string, params?: FieldProblem['params']) =>
    problem(`raid.problems.${id}`, params);
  const { stripeUnit: su, userOffset: a, userLength: l, bufferPageOffset: b } = input;
  for (const f of ['stripeUnit', 'userOffset', 'userLength', 'bufferPageOffset'] as const)
    check(f, !Number.isInteger(input[f]) || input[f] % CELL_BYTES !== 0, rule('multipleOf512'));
  // One scratch page holds the stripe unit's bytes at their stripe offsets, as in the notes.
  check('stripeUnit', su < CELL_BYTES || su > pageSize, rule('stripeUnitRange', { pageSize }));
  check('userOffset', a < 0 || a >= su, rule('belowStripeUnit', { stripeUnit: su }));
  check('userLength', l < CELL_BYTES, rule('atLeast512'));
  check('userLength', a + l > su, rule('endWithinStripe', { stripeUnit: su }));
  check('bufferPageOffset', b < 0 || b >= pageSize, rule('belowPageSize', { pageSize }));
  for (const f of ['userPage', 'scratchBefore', 'scratchAfter', 'sector'] as const)
    check(f, !Number.isInteger(input[f]) || input[f] < 0, rule('wholeNumber'));
  const userPages = Math.ceil((b + l) / pageSize);
  check('userPage', input.userPage + userPages > MAX_PAGES, rule('bufferEnd', { max: MAX_PAGES }));
  const inUser = (p: number) => p >= input.userPage && p < input.userPage + userPages;
  check('scratchBefore', a > 0 && inUser(input.scratchBefore), rule('notUserPage'));
  check('scratchAfter', a + l < su && inUser(input.scratchAfter), rule('notUserPage'));
  check(
    'scratchAfter',
    a > 0 && a + l < su && input.scratchAfter === input.scratchBefore,
    rule('differFromS1'),
  );
  for (const f of ['scratchBefore', 'scratchAfter'] as const)
    check(f, input[f] >= MAX_PAGES, rule('below', { max: MAX_PAGES }));
  return out;
}

/** Builds the stacked driver's bio for one stripe unit, or says which inputs are wrong. */
export function buildRaidStripeOp(
  input: RaidStripeInput,
  pageSize: number,
): Result<RaidStripeOp, RaidStripeProblem[]> {
  const problems = problemsOf(input, pageSize);
  if (problems.length > 0) return err(problems);
  const { stripeUnit: su, userOffset: a, userLength: l } = input;
  const bvecs: RaidStripeOp['bvecs'] = [];
  if (a > 0) bvecs.push({ page: input.scratchBefore, offset: 0, length: a });
  // The user's buffer is cut at page boundaries, as direct-io cuts it.
  let at = input.userPage * pageSize + input.bufferPageOffset;
  const end = at + l;
  while (at < end) {
    const page = Math.floor(at / pageSize);
    const offset = at - page * pageSize;
    const length = Math.min(pageSize - offset, end - at);
    bvecs.push({ page, offset, length });
    at += length;
  }
  if (a + l < su) bvecs.push({ page: input.scratchAfter, offset: a + l, length: su - a - l });
  return ok({
    op: 'read',
    sector: input.sector,
    bvecs,
    label: `RAID reads a ${su}-byte stripe unit around the user's ${l} bytes at stripe offset ${a}`,
  });
}
