// Links written by v=1 of the format, kept literally: they must decode to the same state forever.
// Never edit a fixture to make this pass; a format change needs a new version and an upgrader in
// migrations.ts, and these links must still read as they do here.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model';
import { decodeLink } from './linkCodec';

const presetJson = (id: string) => PRESETS.find((p) => p.id === id)!.json;

const ARCHIVED: readonly { readonly link: string; readonly state: object }[] = [
  {
    link: '#v=1&p=parted-gpt',
    state: { presetId: 'parted-gpt', scenarioJson: presetJson('parted-gpt') },
  },
  {
    link: '#v=1&p=raid-stripe&step=14&focus=d62f69185',
    state: {
      presetId: 'raid-stripe',
      scenarioJson: presetJson('raid-stripe'),
      step: 14,
      focus: 'd62f69185',
    },
  },
  {
    link:
      '#v=1&s=N4IgbgpgTgzglgewHYgFwEYA0IAuccA2EaIAglAMYAWckAJqgAQBKpAkgCKMw5RwAOETIwBMjANJwAQiGx04' +
      'MANZpQMCBRwJYaEQAYALAA5sFZDghIcJfgEMc5qCgC-2BPxhoA2qDckoEGzpZEDUNLTRjEAAjSAoPVG8QWwBzYgxXAD' +
      'MMtStUXWwiJGScKjR0XRF9F1AUtJFM7Ihc8sqCi2LSjAqqgF0nPqAAA&step=5&focus=d62f69185&speed=8',
    state: {
      scenarioJson: {
        version: 1,
        title: 'Archived: RAID stripe, 2 KiB',
        disk: { sectors: 2048, content: 'pattern' },
        ops: [
          {
            op: 'read',
            sector: 8,
            bvecs: [
              { page: 1, offset: 0, length: 1024 },
              { page: 2, offset: 1024, length: 1024 },
            ],
          },
        ],
      },
      step: 5,
      focus: 'd62f69185',
      speed: 8,
    },
  },
  {
    link:
      '#v=1&s=N4IgbgpgTgzglgewHYgFwEYA0IAuccA2EaIAglAMYAWckAJqgAQDuU-EjOVESjUEAQzqcqUBAFcA5lUYVxMHA' +
      'gC2jAGZQBSiDBDY62imwAOeZCQDS0JBAIsqAnAFo4qmJkZGBkjus3b3AmpwBAQBjAQCAEY2jAJIwoGK4lCMSAg4EO6KHn' +
      'C8EJBQAJ5BNnQAdLogANZWNmigSgIAHgDKEJJaSDg6qAAs2BQE8hlsSJJoqgIEMJkgjU0AEsxtFIqwaABsvQC-2FpKCEX1' +
      'IJ7ePaDox0aqKBgADHd7N2gAnA-7IABMV8_36NsAvRwGBVY4zVaHHq9O4vDYDZAZLokSQmEAfNIZHoAbVACggRjQAGZsBk' +
      'mjgSABxDRdRh3RjAzgCGq8bj8NEAXWwCCM2NA3JIrHYlXBazQ0OwkXEqlU0GOQjo_BgUI2dwAHNgiGMuESAKyqnbYVTBAj' +
      'HUnk1AgAByAFEAOqMAAipAAKqQ0RqonULUZBRl3XyCRb-EJhRAIVAxY8QJFIBReScvMQMFzpTNzTr0J8NTxJNrUIS9QbQK' +
      'ck1mQAhUxBzVHNbmqGgM59tuzm9sgA&step=9&focus=b7649158',
    state: {
      scenarioJson: {
        version: 1,
        title: 'Archived: write then read through custom frames',
        description:
          'Kernel what-ifs, page frames, a fill, a label and a tour note, to pin every field.',
        kernel: { maxSegments: 4, clustering: false, maxHwSectors: 64 },
        memory: { pages: { '1': { pfn: 100, mfn: 900 }, '2': { pfn: 101 } } },
        disk: { sectors: 4096, content: 'gpt' },
        notes: [{ step: 3, text: 'Grant 0 is taken here' }],
        ops: [
          {
            op: 'write',
            sector: 40,
            buffer: { address: 4608, length: 3584 },
            fill: { text: 'NEW DATA' },
            label: 'pwrite',
          },
          {
            op: 'read',
            sector: 40,
            bvecs: [
              { page: 1, offset: 512, length: 3584 },
              { page: 2, offset: 0, length: 512 },
            ],
          },
        ],
      },
      step: 9,
      focus: 'b7649158',
    },
  },
];

describe('archived v=1 links', () => {
  it.each(ARCHIVED.map((a) => [a.link.slice(0, 48), a] as const))(
    '%s… still decodes to the same state',
    (_, { link, state }) => {
      expect(decodeLink(link)).toEqual({ ok: true, value: state });
    },
  );
});
