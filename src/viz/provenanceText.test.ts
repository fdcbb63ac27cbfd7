import { describe, expect, it } from 'vitest';
import { scenario } from '../../test/support/scenarios';
import { PRESETS, parseScenario, simulate, type LaneId, type Simulation } from '../model';
import { makeDiskImage } from '../model/disk/image';
import { provenanceOf } from '../model/provenance';
import { describeDiskSector, provenanceStory, type ProvenanceLine } from './provenanceText';

function presetSim(id: string): Simulation {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value, { trace: true });
}

/** The story of process byte (page, pageOffset) on `lane` after the last step. */
function storyAt(sim: Simulation, lane: LaneId, page: number, pageOffset: number) {
  const loc = { region: 'memory' as const, index: page, cell: Math.floor(pageOffset / 512) };
  const last = sim.steps.length - 1;
  return provenanceStory(sim, lane, loc, provenanceOf(sim, lane, loc, last), pageOffset % 512);
}

const stepOf = (sim: Simulation, type: string, request: number, n = 0) =>
  sim.steps.filter((s) => s.type === type && 'request' in s && s.request === request)[n]!.index;

/** The lines as the panel shows them in English (the messages are checked in src/i18n). */
const plain = (lines: readonly ProvenanceLine[]) =>
  lines.map(({ text, step, bad }) => ({ text, step, bad }));

describe('provenanceStory on the parted preset', () => {
  const sim = presetSim('parted-gpt');
  // The 16 KiB buffer starts at page 11 offset 3072, so its offset 1024 is page 12 offset 0.
  const copy = stepOf(sim, 'completion-copy', 2, 1);
  const fill = stepOf(sim, 'backend-transfer', 1);

  it('traces "EFI PART" at buffer offset 1024 to request 1 filling grant 0 from LBA 1', () => {
    const story = storyAt(sim, '0a8704a51', 12, 0);
    expect(plain(story.lines)).toEqual([
      {
        text: `copied by 0a8704a51's completion copy (request 2, step ${copy}) from grant 0 (grants_used[0]) at page offset 0`,
        step: copy,
        bad: true,
      },
      {
        text: `filled by the backend (request 1, step ${fill}) from disk LBA 1 byte 0 (disk offset 512); left by request 1 (stale)`,
        step: fill,
        bad: true,
      },
      { text: 'disk image: LBA 1, the primary GPT header', step: null, bad: false },
    ]);
    expect(story.right).toBe(false);
    expect(story.verdict).toBe(
      'Wrong: request 2 asked for LBA 4 byte 0 (disk offset 2048) but got a byte of LBA 1 that request 1 left in grant 0.',
    );
  });

  it('names the fresh page behind the bytes no request wrote', () => {
    // Buffer offset 1536 = page 12 offset 512 = grant 0 offset 512: requests 0 and 1 used cells 4 and 0.
    const story = storyAt(sim, '0a8704a51', 12, 512 + 7);
    expect(plain(story.lines).at(-1)).toEqual({
      text: 'uninitialised: grant 0 was a fresh page and nothing had written its offset 519',
      step: null,
      bad: true,
    });
    expect(story.verdict).toBe(
      'Wrong: request 2 asked for LBA 5 byte 7 (disk offset 2567) but got uninitialised memory from grant 0, a fresh page never written there.',
    );
  });

  it('says when a request got its own data from the wrong grant page', () => {
    // Buffer offset 4096 is page 12 offset 3072 and wants LBA 10. The original loop copies all of
    // bio_vec 1 (page 12) from grant 0 (1024 >> 12 = 0), whose offset 3072 holds this request's LBA 2.
    const story = storyAt(sim, '0a8704a51', 12, 3072);
    expect(story.verdict).toBe(
      'Wrong: request 2 asked for LBA 10 byte 0 (disk offset 5120) but got its own LBA 2 byte 0, copied from the wrong grant page.',
    );
  });

  it('gives the same byte under b7649158 as right, from grant 1 and LBA 4', () => {
    const story = storyAt(sim, 'b7649158', 12, 0);
    expect(story.right).toBe(true);
    expect(story.verdict).toBe(
      'Right: request 2 asked for LBA 4 byte 0 (disk offset 2048), and got it.',
    );
    expect(story.lines.map((l) => l.bad)).toEqual([false, false, false]);
    expect(story.lines[1]!.text).toBe(
      `filled by the backend (request 2, step ${stepOf(sim, 'backend-transfer', 2, 1)}) from disk LBA 4 byte 0 (disk offset 2048)`,
    );
  });

  it('says when nothing has been read into a byte yet', () => {
    const loc = { region: 'memory' as const, index: 12, cell: 0 };
    const story = provenanceStory(sim, '0a8704a51', loc, provenanceOf(sim, '0a8704a51', loc, 0), 0);
    expect(story.right).toBeNull();
    expect(plain(story.lines)).toEqual([
      { text: 'initial process memory: a fresh page of zeros', step: null, bad: false },
    ]);
  });
});

describe('provenanceStory through a WRITE', () => {
  // A WRITE leaves "WRITTEN!" in grant 0; the next READ's bio_vec 1 (page 1 offset 512) is
  // copied by the original loop from grant 0 offset 512, where that WRITE's data still sits.
  const sim = simulate(
    scenario({
      version: 1,
      disk: { sectors: 2048, content: 'pattern' },
      ops: [
        {
          op: 'write',
          sector: 100,
          bvecs: [{ page: 4, offset: 0, length: 4096 }],
          fill: { text: 'WRITTEN!' },
        },
        {
          op: 'read',
          sector: 200,
          bvecs: [
            { page: 0, offset: 0, length: 512 },
            { page: 1, offset: 512, length: 512 },
          ],
        },
      ],
    }),
    { trace: true },
  );

  it('follows the copy into the grant back to the process fill', () => {
    const story = storyAt(sim, '0a8704a51', 1, 512 + 3);
    const writeCopy = stepOf(sim, 'write-copy', 0);
    expect(plain(story.lines).slice(1)).toEqual([
      {
        text: `copied into grant 0 by a WRITE (request 0, step ${writeCopy}) from page 4 offset 515; left by request 0 (stale)`,
        step: writeCopy,
        bad: true,
      },
      { text: 'written by the process itself before op 0', step: null, bad: false },
    ]);
    expect(story.verdict).toBe(
      'Wrong: request 1 asked for LBA 201 byte 3 (disk offset 102915) but got data a WRITE (request 0) left in grant 0.',
    );
  });
});

describe('describeDiskSector', () => {
  it('names the sectors parted mklabel gpt writes', () => {
    const gpt = makeDiskImage('gpt', 1000);
    expect([0, 1, 2, 33, 34, 966, 967, 998, 999].map((s) => describeDiskSector(gpt, s))).toEqual([
      'the protective MBR',
      'the primary GPT header',
      'the primary partition entry array (empty: zeros)',
      'the primary partition entry array (empty: zeros)',
      'unpartitioned space (zeros)',
      'unpartitioned space (zeros)',
      'the backup partition entry array (empty: zeros)',
      'the backup partition entry array (empty: zeros)',
      'the backup GPT header',
    ]);
  });
});
