// The English of parted's verdict explanations, as templates: the model builds each explanation as
// a message (a key plus values, ../narration/message.ts) and renders it with these, so the CLI and
// the goldens read the same English as before, while the UI words the same message in its language
// (src/i18n/locales/<lang>/symptoms.json `partedWhy` mirrors these keys and placeholders).
// Field names in bytes ("bytes 12-15"), function names (_parse_header) and quoted signatures
// ("EFI PART") are facts about the disk format and libparted, kept as they are in every language.
import { templateTranslator, type Translate } from '../narration/message';

/** Templates of parted's explanations, by key. */
export const PARTED_EN = {
  sectorSize:
    "parted's reading is modelled for 512-byte logical sectors; this scenario's disk has {{size}}-byte sectors.",
  needRead:
    'parted next reads {{what}}, but this scenario never read LBA {{sector}} successfully: what parted would conclude depends on bytes the model does not have.',
  what: {
    header: 'the GPT header (LBA 1)',
    mbr: 'the protective MBR (LBA 0)',
    array: 'the partition entry array (LBA {{first}}..{{last}})',
  },
  notGpt:
    'LBA 1 (read by op {{op}}) starts with bytes {{bytes}}, not "EFI PART", so the GPT reader declines the disk (and no other label type is modelled).',
  noProtectiveMbr:
    'LBA 1 has the "EFI PART" signature but LBA 0 (read by op {{op}}) is not a protective MBR: {{why}}. parted then asks whether to treat the disk as GPT.',
  mbr: {
    signature: 'bytes 510-511 are {{bytes}}, not 55 aa',
    noRecord: 'none of its four partition records (OS type at 446 + 16i + 4) has type 0xEE',
  },
  badHeader:
    'The primary GPT header (op {{op}}) is not valid: {{problem}}. parted next reads the backup header at the last LBA ({{last}}); the model does not follow that path.',
  header: {
    size: 'its header size (bytes 12-15) is {{size}}, outside {{min}}..{{max}}',
    entrySize: 'its entry size (bytes 84-87) is {{size}}, not a multiple of 8 of at least {{min}}',
    myLba: 'its my-LBA (bytes 24-31) is {{lba}}, not 1',
    alternateLba: 'its alternate LBA (bytes 32-39) is 1, its own LBA',
    crc: "its CRC32 (bytes 16-19) is {{stored}} but the header's bytes give {{computed}}",
  },
  parseHeader:
    "The header's fields break _parse_header's sanity check: first usable LBA {{first}}, last usable LBA {{last}}, {{entries}} entries, on a {{sectors}}-sector disk.",
  arrayOutside:
    "The header's entry-array LBA (bytes 72-79) is {{lba}} and the array needs {{sectors}} sectors, past the disk's {{diskSectors}} sectors: the read fails.",
  entry:
    'Entry {{index}} (partition {{number}}, disk offset {{offset}}, read by {{source}}) has a non-zero type GUID {{guid}}, so parted uses it: {{why}} {{crc}}',
  source: {
    op: 'op {{op}}',
    ops: 'ops {{ops}}',
  },
  fields:
    'its first LBA (entry bytes 32-39) is {{start}} and its last LBA (bytes 40-47) is {{end}}',
  rejected: {
    endBeforeStart: "{{fields}}, so the partition's length {{length}} is below 1.",
    outside: "{{fields}}, but the disk's sectors are 0..{{last}}.",
    overlap: '{{fields}}, which overlaps partition {{other}} ({{first}}..{{last}}).',
  },
  crc: {
    matches: 'The entry array CRC32 matches the header.',
    mismatch:
      'The entry array\'s CRC32 is {{computed}}, not the header\'s {{stored}}: parted 2.1 and later stop at that check ("primary partition table array CRC mismatch") before looking at entries.',
  },
} as const;

/** Renders an explanation message in English (the verdict's `explanation`). */
export const PARTED_ENGLISH: Translate = templateTranslator(PARTED_EN);
