// The ranges the what-if panel shows must be the ones the validator enforces.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model';
import { KERNEL_NUMBER_FIELDS, kernelOfDraft, rangeText, SECTOR_SIZES } from './kernelFields';

const withKernel = (kernel: Record<string, unknown>) =>
  parseScenario({
    version: 1,
    kernel,
    disk: { sectors: 64, content: 'zero' },
    ops: [{ op: 'read', sector: 0, buffer: { address: 0, length: 512 } }],
  }).ok;

describe('kernel what-if ranges', () => {
  for (const pageSize of [4096, 16384]) {
    for (const field of KERNEL_NUMBER_FIELDS) {
      it(`${field.key} accepts ${rangeText(field, pageSize)} at pageSize ${pageSize}`, () => {
        const at = (v: number) => withKernel({ pageSize, [field.key]: v });
        const min = field.min(pageSize);
        if (field.key !== 'pageSize') {
          expect(at(min)).toBe(true);
          expect(at(field.max)).toBe(true);
        }
        // Just outside each bound, kept to values that pass the field's other rule.
        const below =
          field.key === 'segmentBoundaryMask'
            ? (min + 1) / 2 - 1
            : min - (field.key === 'maxSegmentSize' ? 512 : 1);
        const above =
          field.key === 'segmentBoundaryMask'
            ? field.max * 2 + 1
            : field.max + (field.key === 'maxSegmentSize' ? 512 : 1);
        expect(at(below)).toBe(false);
        expect(at(above)).toBe(false);
      });
    }
  }

  it('pageSize accepts 4096..65536 powers of two only', () => {
    expect(withKernel({ pageSize: 4096 })).toBe(true);
    expect(withKernel({ pageSize: 65536 })).toBe(true);
    expect(withKernel({ pageSize: 2048 })).toBe(false);
    expect(withKernel({ pageSize: 131072 })).toBe(false);
    expect(withKernel({ pageSize: 12288 })).toBe(false);
  });

  it('sectorSize accepts exactly the listed sizes', () => {
    for (const s of SECTOR_SIZES) expect(withKernel({ sectorSize: s })).toBe(true);
    expect(withKernel({ sectorSize: 8192 })).toBe(false);
  });

  it('reads the usable part of a half-edited kernel block', () => {
    const k = kernelOfDraft({ kernel: { pageSize: '16k', maxSegments: 32, clustering: false } });
    expect(k.pageSize).toBe(4096);
    expect(k.maxSegments).toBe(32);
    expect(k.clustering).toBe(false);
    expect(kernelOfDraft({ kernel: { pageSize: 16384 } }).maxSegmentSize).toBe(16384);
  });
});
