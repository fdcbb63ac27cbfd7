// Exports of a scenario for use outside the explorer: a C reproducer for a real Xen guest and a
// blkparse-style log of the simulated requests.
export { toCProgram, type CProgramOptions } from './cReproducer';
export { toBlkparseLog, NS_PER_STEP, type BlkparseOptions } from './blktrace';
export { expectedOutcomes, type MismatchRange, type VersionExpectation } from './expectedOutcome';
export { userAccessFor, type UserAccess, type IoSpan } from './userAccess';
