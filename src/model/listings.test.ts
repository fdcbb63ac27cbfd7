import { describe, expect, it } from 'vitest';
import { codeLineFor, completionListingId, LISTINGS, type ListingId } from './listings';
import { PRESETS } from './presets';
import { parseScenario } from './scenario/validate';
import { simulate, type Simulation } from './simulate';
import type { Step } from './trace';
import { VERSION_IDS, type VersionId } from './versions';
import { STRADDLING_BVECS, TWO_PAGE_SEGMENTS } from '../../test/support/scenarios';

function run(json: unknown): Simulation {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return simulate(parsed.value, { trace: true });
}
const preset = (id: string) => run(PRESETS.find((p) => p.id === id)!.json);
const lineText = (listing: ListingId, id: string) =>
  LISTINGS[listing].lines.find((l) => l.id === id)?.text;
const WIDE = TWO_PAGE_SEGMENTS;
const DISK = { sectors: 256, content: 'pattern' };

/** What-if scenarios that reach the steps the presets never do (bugs, rejects, writes, merges). */
const WHAT_IFS: Record<string, unknown> = {
  'one entry spans two pages': {
    version: 1,
    kernel: WIDE,
    disk: DISK,
    ops: [
      { op: 'read', sector: 0, bvecs: STRADDLING_BVECS },
      { op: 'read', sector: 0, bvecs: [{ page: 3, offset: 0, length: 512 }] },
    ],
  },
  'too many segments': {
    version: 1,
    disk: DISK,
    ops: [
      {
        op: 'read',
        sector: 0,
        bvecs: Array.from({ length: 12 }, (_, i) => ({ page: 2 * i, offset: 0, length: 512 })),
      },
    ],
  },
  'rejects, writes and merges': {
    version: 1,
    disk: { sectors: 64, content: 'pattern' },
    ops: [
      { op: 'read', sector: 60, buffer: { address: 0, length: 4096 } },
      { op: 'read', sector: 0, buffer: { address: 100, length: 512 } },
      { op: 'write', sector: 8, buffer: { address: 16896, length: 1024 }, fill: { text: 'hi' } },
      {
        op: 'read',
        sector: 0,
        bvecs: [
          { page: 5, offset: 0, length: 512 },
          { page: 5, offset: 512, length: 512 },
        ],
      },
    ],
  },
};

const NULL_STEPS = new Set<Step['type']>(['op-start', 'process-fill', 'request-done', 'op-done']);

describe('LISTINGS', () => {
  it('gives every line an id unique within its listing', () => {
    for (const listing of Object.values(LISTINGS)) {
      const ids = listing.lines.map((l) => l.id);
      expect(new Set(ids).size, listing.id).toBe(ids.length);
    }
  });

  it('links each listing to its upstream commit on git.kernel.org', () => {
    expect(LISTINGS['completion-b7649158'].url).toBe(
      'https://git.kernel.org/torvalds/c/b7649158a0d241f8d53d13ff7441858539e16656',
    );
    expect(LISTINGS['completion-d62f69185'].url).toBe(
      'https://git.kernel.org/torvalds/c/d62f69185',
    );
    expect(LISTINGS.queue.commit).toBe(LISTINGS['completion-0a8704a51'].commit);
  });

  it('groups continuation lines with the statement they continue', () => {
    const memcpy = LISTINGS['completion-0a8704a51'].lines.filter((l) => l.statement === 'memcpy');
    expect(memcpy.map((l) => l.text.trim())).toEqual([
      'memcpy(bvec_data,',
      'shared_data + bvec->bv_offset,',
      'bvec->bv_len);',
    ]);
    const goto = LISTINGS.queue.lines.find((l) => l.id === 'map.size-goto')!;
    expect(goto.statement).toBe('map.size-goto');
  });

  it('keeps lines narrow enough for the side column', () => {
    for (const listing of Object.values(LISTINGS)) {
      for (const line of listing.lines) expect(line.text.length, line.text).toBeLessThanOrEqual(44);
    }
  });

  it('shows the line that picks the grant in each version', () => {
    expect(lineText('completion-0a8704a51', 'pick')).toContain('i = offset >> PAGE_SHIFT');
    expect(lineText('completion-0a8704a51', 'advance')).toContain('offset += bvec->bv_len');
    expect(lineText('completion-d62f69185', 'back')).toContain('bvec->bv_offset < offset');
    expect(lineText('completion-d62f69185', 'advance')).toContain('offset = bvec->bv_offset +');
    expect(lineText('completion-b7649158', 'for')).toContain('for_each_sg(s->sg');
    expect(lineText('completion-b7649158', 'memcpy-2')).toContain('shared_data + sg->offset');
  });
});

describe('codeLineFor', () => {
  const sims: [string, Simulation][] = [
    ...PRESETS.map((p): [string, Simulation] => [p.id, run(p.json)]),
    ...Object.entries(WHAT_IFS).map(([name, json]): [string, Simulation] => [name, run(json)]),
  ];

  it.each(sims)('maps every step of %s to an existing line', (_, sim) => {
    for (const step of sim.steps) {
      for (const v of VERSION_IDS) {
        const at = codeLineFor(step, v);
        const deadLane = step.type === 'completion-copy' && step.lanes[v].kind === 'not-run';
        if (NULL_STEPS.has(step.type) || deadLane) {
          expect(at, `${step.index} ${step.type}`).toBeNull();
          continue;
        }
        expect(at, `${step.index} ${step.type} ${v}`).not.toBeNull();
        // Marks name whole statements: the first line of each, never a continuation line.
        const firsts = new Set(
          LISTINGS[at!.listing].lines.filter((l) => l.statement === l.id).map((l) => l.id),
        );
        expect(firsts.has(at!.line), `${step.index} ${step.type} -> ${at!.line}`).toBe(true);
        for (const also of at!.also) expect(firsts.has(also), `${also}`).toBe(true);
      }
    }
  });

  it('covers every step type across presets and what-ifs', () => {
    const seen = new Set(sims.flatMap(([, sim]) => sim.steps.map((s) => s.type)));
    expect([...seen].sort()).toEqual(
      [
        'backend-reject',
        'backend-transfer',
        'bio-built',
        'completion-copy',
        'grant-return',
        'grant-take',
        'kernel-bug',
        'op-done',
        'op-failed',
        'op-start',
        'process-fill',
        'request-done',
        'request-rejected',
        'ring-segment',
        'sg-merge',
        'sg-new',
        'write-copy',
      ].sort(),
    );
  });

  it("puts d62f69185's example copies on each version's memcpy with the deciding lines", () => {
    const step = preset('d62-commit-example').steps[11]!;
    expect(step.type).toBe('completion-copy');
    expect(codeLineFor(step, '0a8704a51')).toEqual({
      listing: 'completion-0a8704a51',
      line: 'memcpy',
      also: ['pick'],
    });
    // bv_offset 0 < offset 4096: the i++ branch is taken.
    expect(codeLineFor(step, 'd62f69185')?.also).toEqual(['back', 'inc']);
    expect(codeLineFor(step, 'b7649158')).toMatchObject({
      listing: 'completion-b7649158',
      line: 'memcpy',
    });
  });

  it('leaves i alone in d62f69185 for the RAID layout (no i++ highlight)', () => {
    const step = preset('raid-stripe').steps[25]!;
    expect(codeLineFor(step, 'd62f69185')).toEqual({
      listing: 'completion-d62f69185',
      line: 'memcpy',
      also: ['back'],
    });
  });

  it('maps the queue-side steps of d62-commit-example', () => {
    const steps = preset('d62-commit-example').steps;
    const at = (i: number, v: VersionId = 'b7649158') => codeLineFor(steps[i]!, v);
    expect(at(1)).toMatchObject({ listing: 'queue', line: 'dio.submit' });
    expect(at(2)).toEqual({ listing: 'queue', line: 'map.set', also: ['map.if'] });
    expect(at(3)).toEqual({ listing: 'queue', line: 'map.set', also: ['map.boundary'] });
    expect(at(4)).toMatchObject({ listing: 'queue', line: 'q.alloc' });
    expect(at(5)).toMatchObject({ listing: 'queue', line: 'q.seg' });
    expect(at(8)).toMatchObject({ listing: 'queue', line: 'be.io' });
    expect(at(12, 'd62f69185')).toMatchObject({
      listing: completionListingId('d62f69185'),
      line: 'ret.add',
    });
    expect(at(13)).toBeNull();
  });

  it('tells a reused grant from a fresh page', () => {
    const steps = preset('parted-gpt').steps;
    expect(steps[13]).toMatchObject({ type: 'grant-take', reused: true });
    expect(codeLineFor(steps[13]!, '0a8704a51')?.line).toBe('q.reuse');
    expect(steps[29]).toMatchObject({ type: 'grant-take', reused: false });
    expect(codeLineFor(steps[29]!, '0a8704a51')?.line).toBe('q.alloc');
  });

  it('points each BUG at the check (or dereference) that fires', () => {
    const sim = run(WHAT_IFS['one entry spans two pages']);
    const reject = sim.steps.find((s) => s.type === 'backend-reject')!;
    expect(codeLineFor(reject, '0a8704a51')?.line).toBe('be.sect-fail');
    const copies = sim.steps.filter((s) => s.type === 'completion-copy');
    expect(codeLineFor(copies[0]!, 'b7649158')?.line).toBe('bug-sg');
    expect(codeLineFor(copies[1]!, 'd62f69185')?.line).toBe('bug-nseg');
    // b7649158 is dead after its BUG; in the next request its lane did not run at all.
    expect(codeLineFor(copies[2]!, 'b7649158')).toBeNull();

    const nul = run({
      version: 1,
      kernel: WIDE,
      disk: DISK,
      ops: [
        {
          op: 'read',
          sector: 0,
          bvecs: [
            { page: 0, offset: 0, length: 4096 },
            { page: 1, offset: 0, length: 4096 },
          ],
        },
      ],
    });
    const second = nul.steps.filter((s) => s.type === 'completion-copy')[1]!;
    expect(codeLineFor(second, '0a8704a51')).toEqual({
      listing: 'completion-0a8704a51',
      line: 'kmap',
      also: ['pick'],
    });

    const queueBug = run(WHAT_IFS['too many segments']).steps.find((s) => s.type === 'kernel-bug')!;
    expect(codeLineFor(queueBug, 'd62f69185')?.line).toBe('q.bug-nseg');
  });

  it('maps rejects, EINVAL, WRITE copies and merges', () => {
    const sim = run(WHAT_IFS['rejects, writes and merges']);
    const first = (t: Step['type']) =>
      codeLineFor(
        sim.steps.find((s) => s.type === t)!,
        'b7649158',
      );
    expect(first('request-rejected')?.line).toBe('gmr.eio');
    expect(first('op-failed')?.line).toBe('dio.einval');
    expect(first('write-copy')?.line).toBe('q.write-copy');
    expect(first('sg-merge')?.line).toBe('map.join');
    // b7649158 walks one merged entry, so at the second iteration its loop has ended.
    const copies = sim.steps.filter((s) => s.type === 'completion-copy');
    expect(codeLineFor(copies[1]!, 'b7649158')?.line).toBe('for');
    expect(codeLineFor(copies[1]!, '0a8704a51')?.line).toBe('memcpy');
  });
});
