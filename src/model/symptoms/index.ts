// Public API of the symptom lab's model part: what the process saw (strace view) and what parted
// concluded from it, per lane.
export type { StraceLane, OpView, OpLaneStatus } from './opView';
export { opViews } from './opView';
export {
  straceOf,
  straceText,
  straceDifferences,
  differingRanges,
  DEVICE_PATH,
  type StraceOptions,
  type StraceLine,
  type ByteRange,
  type LaneDifference,
} from './strace';
export {
  quoteString,
  quoteStringMapped,
  STRACE_DEFAULT_STRING_LIMIT,
  type QuotedString,
} from './stringQuote';
export {
  partedPrint,
  partedVerdictText,
  interpretGpt,
  type PartedEntry,
  type PartedVerdict,
  type EntryArrayCrc,
} from './parted';
export { sectorsSeen, type SeenSector } from './partedDisk';
export { PARTED_EN, PARTED_ENGLISH } from './partedText';
