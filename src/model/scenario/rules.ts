// The rules a scenario can break, as data: every validation issue carries the id of the rule it
// breaks and the values its wording needs, besides its English message. The CLI prints the message
// (its output is a contract and stays byte-identical); the UI words the rule in the interface
// language through i18next (namespace `validation`), falling back to the message for an issue
// without a rule. The same pattern as the narration's messages (../narration/message.ts).
import { templateTranslator, type TemplateTable, type Translate } from '../narration/message';

/** Values a rule's wording needs: limits, sizes, field names. */
export type RuleParams = Readonly<Record<string, string | number>>;

/** The rule an issue breaks: a key of VALIDATION_EN and the values for its placeholders. */
export interface IssueRule {
  readonly id: string;
  readonly params?: RuleParams;
}

/**
 * English wording of every rule, by id: the source of each issue's `message` and of the UI's
 * English (src/i18n/locales/<lang>/validation.json mirrors its keys and placeholders). Quoted
 * JSON keys and values ("buffer", "read") and kernel names (blk_queue_max_segment_size,
 * PAGE_SIZE, bio_vec) are identifiers a file contains, so every language keeps them as they are.
 */
export const VALIDATION_EN = {
  json: 'not valid JSON: {{detail}}',
  unknownKey: 'unknown key',
  required: 'is required',
  type: {
    object: 'must be an object',
    array: 'must be a list',
    number: 'must be a number',
    int: 'must be a whole number',
    string: 'must be a string',
    boolean: 'must be true or false',
  },
  atLeast: 'must be at least {{min}}',
  atMost: 'must be at most {{max}}',
  maxChars: 'must be at most {{max}} characters',
  notEmpty: 'must not be empty',
  version: 'must be 1 (the only scenario format so far)',
  kernel: {
    powerOfTwo: 'must be a power of two',
    sectorSize: 'must be 512, 1024, 2048 or 4096 (the logical block size)',
    multipleOf512: 'must be a multiple of 512',
    boundaryMask: 'must be one less than a power of two (e.g. 4095)',
    sectorSizeAbovePage: 'must not exceed kernel.pageSize',
    maxSegmentSize:
      'must be at least pageSize ({{pageSize}}); blk_queue_max_segment_size raises smaller values to PAGE_SIZE',
    boundaryMaskMin:
      'must be at least pageSize - 1 ({{min}}); blk_queue_segment_boundary raises smaller masks',
    maxHwSectors:
      'must be at least pageSize / 512 ({{min}}); blk_queue_max_hw_sectors raises smaller values',
  },
  memory: {
    pageKey: 'page keys must be page indices like "3"',
    pageIndex: 'page index must be below {{max}}',
  },
  disk: {
    content: 'must be one of {{kinds}}',
    gptSectors:
      'must be at least {{min}} for a GPT label (MBR, two headers, two 32-sector entry arrays)',
  },
  ops: {
    min: 'must have at least one op',
    max: 'must have at most {{max}} ops',
  },
  op: {
    kind: 'must be "read" or "write"',
    bufferOrBvecs:
      'must have exactly one of "buffer" (an O_DIRECT syscall) or "bvecs" (a stacked-driver bio)',
    bufferEnd: 'must end within the {{pages}}-page address space ({{bytes}} bytes)',
    sectorOnDisk: 'must be below disk.sectors ({{sectors}})',
  },
  bvecs: {
    min: 'must have at least one bio_vec',
    max: 'must have at most {{max}} bio_vecs',
    multipleOf512: 'must be a multiple of 512 (blkif addresses 512-byte sectors)',
    inPage:
      'offset + length must not exceed pageSize ({{pageSize}}): a bio_vec lies inside one page',
    overlap:
      'overlaps bvecs[{{other}}] on page {{page}}: one bio never moves two sectors through the same bytes',
  },
  fill: {
    shape: 'must be { "byte": 0..255 } or { "text": "..." }, optionally with "offset" and "length"',
    ascii: 'must be printable ASCII (the model writes one byte per character)',
    multipleOf512: 'must be a multiple of 512 (the model fills whole sectors)',
    offsetInData: "must be below the op's data length ({{bytes}} bytes)",
    lengthInData: "offset + length must not exceed the op's data length ({{bytes}} bytes)",
  },
  notes: {
    max: 'must have at most {{max}} notes',
  },
} as const satisfies TemplateTable;

const english = templateTranslator(VALIDATION_EN);

/** The English wording of a rule (throws for an unknown id or a missing value: a model bug). */
export const ruleMessage = (rule: IssueRule): string => english(rule.id, rule.params ?? {});

/** A rule, with its params only when it has some (so issues compare and serialise simply). */
export const rule = (id: string, params?: RuleParams): IssueRule =>
  params ? { id, params } : { id };

/**
 * Remembers the rule behind each English message the schema hands to zod. Zod keeps only the
 * message of a failed check, so the rule is recovered from it; two rules that word the same
 * message would make that ambiguous, hence the throw (at module load, so any test catches it).
 */
export class SchemaRules {
  readonly #byMessage = new Map<string, IssueRule>();
  readonly #english: Translate;

  /** Rules worded from `table` (the scenario rules by default; links have their own). */
  constructor(table: TemplateTable = VALIDATION_EN) {
    this.#english = templateTranslator(table);
  }

  /** The English message of `id` with `params`, remembered as that rule. */
  text(id: string, params?: RuleParams): string {
    const r = rule(id, params);
    const message = this.#english(id, params ?? {});
    const known = this.#byMessage.get(message);
    if (known && JSON.stringify(known) !== JSON.stringify(r))
      throw new Error(`validation: "${message}" words both ${known.id} and ${id}`);
    this.#byMessage.set(message, r);
    return message;
  }

  /** The rule whose English message is `message`, if the schema words one so. */
  ruleOf(message: string): IssueRule | undefined {
    return this.#byMessage.get(message);
  }
}
