// The search space a counterexample search walks: which READ layouts (one request's bio_vec list)
// exist, and how memory frames are laid out. Validated at the boundary (CLI flags, the UI form)
// with path-aware messages, like scenario files.
import * as z from 'zod/mini';
import { err, ok, type Result } from '../../lib/result';
import type { KernelConfig } from '../config';
import type { PageFrames, ScenarioIssue } from '../scenario/validate';
import { parseScenario } from '../scenario/validate';
import {
  searchIssue,
  searchRule,
  searchRuleMessage,
  type SearchIssue,
  type SearchRule,
  type SearchRuleId,
} from './rules';

/** How the search's pages sit in memory, which decides whether blk_rq_map_sg may merge across them. */
export type Contiguity = 'none' | 'physical' | 'machine';

/** Every contiguity setting, in the order forms list them. */
export const CONTIGUITIES: readonly Contiguity[] = ['none', 'physical', 'machine'];

/** A validated search space. */
export interface SearchSpace {
  /** Distinct process pages a layout may use. */
  readonly pages: number;
  /** Layouts have 1..maxBvecs bio_vecs. */
  readonly maxBvecs: number;
  /** bio_vec offsets and lengths are multiples of this many bytes. */
  readonly granularity: number;
  readonly kernel: KernelConfig;
  readonly contiguity: Contiguity;
}

/** Most pages a search may use (page labels must stay far below the scenario's 256 pages). */
export const MAX_SEARCH_PAGES = 16;
/** Most bio_vecs per layout (issue #6: 1..6). */
export const MAX_SEARCH_BVECS = 6;

/**
 * First frame number of the search's pages. Frames are explicit so that a counterexample's
 * scenario reproduces them, and start high so that they never collide with the identity frames
 * (pfn = page index) of the priming pages a scenario adds.
 */
export const FRAME_BASE = 0x1000;

/**
 * Frames of page label p. 'none': every page has a free frame after it, so no two pages are
 * physically adjacent. 'physical': pseudo-physical frames are consecutive but machine frames are
 * not (a Xen PV guest's usual memory), so xen_biovec_phys_mergeable still refuses to merge across
 * pages. 'machine': both consecutive, so only the queue limits stand between two pages.
 */
export function framesFor(contiguity: Contiguity, p: number): PageFrames {
  switch (contiguity) {
    case 'none':
      return { pfn: FRAME_BASE + 2 * p, mfn: FRAME_BASE + 2 * p };
    case 'physical':
      return { pfn: FRAME_BASE + p, mfn: 2 * FRAME_BASE + 2 * p };
    case 'machine':
      return { pfn: FRAME_BASE + p, mfn: FRAME_BASE + p };
  }
}

/**
 * Whether blk_rq_map_sg can ever put two pages in one scatterlist entry in this space. It needs
 * clustering, a segment boundary window wider than a page (a mask of pageSize-1 splits every page
 * change, BIOVEC_SEG_BOUNDARY) and pages whose physical and machine frames are consecutive.
 * When it can't, outcomes depend only on which bio_vecs share a page, so relabelling pages is a
 * symmetry of the space.
 */
export function mergesAcrossPages(space: SearchSpace): boolean {
  const k = space.kernel;
  return space.contiguity === 'machine' && k.clustering && k.segmentBoundaryMask + 1 > k.pageSize;
}

/**
 * The rule behind each message the schema below can report (zod hands back only the message): the
 * schema's messages are all worded from rules through `said`, which remembers them.
 */
const ruleOfMessage = new Map<string, SearchRule>();
function said(id: SearchRuleId, params?: SearchRule['params']): string {
  const rule = searchRule(id, params);
  const message = searchRuleMessage(rule);
  ruleOfMessage.set(message, rule);
  return message;
}

const int = (min: number, max: number) =>
  z
    .number({ error: said('number') })
    .check(
      z.int({ error: said('int') }),
      z.minimum(min, { error: said('atLeast', { min }) }),
      z.maximum(max, { error: said('atMost', { max }) }),
    );

const spaceSchema = z.strictObject({
  pages: int(1, MAX_SEARCH_PAGES),
  maxBvecs: int(1, MAX_SEARCH_BVECS),
  granularity: z.optional(
    int(512, 65536).check(
      z.refine((g) => g % 512 === 0, {
        error: said('multipleOf512'),
      }),
    ),
  ),
  kernel: z.optional(z.unknown()),
  contiguity: z.optional(z.enum(['none', 'physical', 'machine'], { error: said('contiguity') })),
});

/**
 * The kernel block goes through the scenario validator itself (inside a throwaway one-op
 * scenario), so a search and a scenario file can never disagree on which what-ifs are valid.
 */
function parseKernel(kernel: unknown): Result<KernelConfig, ScenarioIssue[]> {
  const probe = parseScenario({
    version: 1,
    kernel,
    disk: { sectors: 1, content: 'zero' },
    ops: [{ op: 'read', sector: 0, bvecs: [{ page: 0, offset: 0, length: 512 }] }],
  });
  if (probe.ok) return ok(probe.value.kernel);
  return err(probe.error.filter((i) => i.path.startsWith('kernel')));
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(search space)';
}

/** Validates a search space from a form, URL or CLI; every issue names its field and rule. */
export function parseSearchSpace(input: unknown): Result<SearchSpace, SearchIssue[]> {
  const parsed = spaceSchema.safeParse(input);
  if (!parsed.success) {
    const issues: SearchIssue[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          issues.push(searchIssue(pathOf([...issue.path, key]), 'unknownKey'));
      } else {
        const missing =
          issue.code === 'invalid_type' &&
          typeof input === 'object' &&
          input !== null &&
          issue.path.length === 1 &&
          (input as Record<PropertyKey, unknown>)[issue.path[0]!] === undefined;
        const path = pathOf(issue.path);
        if (missing) issues.push(searchIssue(path, 'required'));
        else if (issue.code === 'invalid_type' && issue.path.length === 0)
          issues.push(searchIssue(path, 'object'));
        else {
          // zod's own wording (none of the schema's rules) has no rule to translate.
          const rule = ruleOfMessage.get(issue.message);
          issues.push(
            rule
              ? { path, message: issue.message, searchRule: rule }
              : { path, message: issue.message },
          );
        }
      }
    }
    // Report the kernel block's problems too, so one round trip shows every bad field.
    const kernel =
      typeof input === 'object' && input !== null && 'kernel' in input
        ? parseKernel((input as { kernel: unknown }).kernel)
        : null;
    return err(kernel && !kernel.ok ? [...issues, ...kernel.error] : issues);
  }
  const kernel = parseKernel(parsed.data.kernel);
  if (!kernel.ok) return err(kernel.error);
  const granularity = parsed.data.granularity ?? 512;
  if (kernel.value.pageSize % granularity !== 0) {
    return err([
      searchIssue('granularity', 'granularityDividesPage', { pageSize: kernel.value.pageSize }),
    ]);
  }
  return ok({
    pages: parsed.data.pages,
    maxBvecs: parsed.data.maxBvecs,
    granularity,
    kernel: kernel.value,
    contiguity: parsed.data.contiguity ?? 'none',
  });
}
