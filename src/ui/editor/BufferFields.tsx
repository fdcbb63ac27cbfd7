// An O_DIRECT op's buffer: address (hex or decimal, or composed from page number + offset in
// page), length, and the bio_vecs direct-io would cut it into, live. A misaligned buffer is a
// valid scenario: the kernel answers EINVAL, so that is shown as information, not as an issue.
import { useId } from 'react';
import { ok, err } from '../../lib/result';
import { bvecsForBuffer } from '../../model/stages/directIo';
import { pageRange } from '../format';
import { DraftNumberField } from './DraftFields';
import {
  useDraftKernel,
  useDraftStore,
  useDraftValue,
  useFieldId,
  useIssues,
} from './EditorContext';
import { FieldMessages } from './Field';
import { asNumber, asRecord } from './jsonTree';
import { NumberInput } from './NumberInput';
import { hex, parseAddress } from './parseNumber';

// A 1 MiB buffer is 256 bio_vecs; the first few say enough about the layout.
const PREVIEW_MAX = 24;

/** Props of BufferFields: which op's buffer. */
export interface BufferFieldsProps {
  readonly index: number;
}

/** Address, page-offset helper, length and the resulting bio_vecs of a buffer op. */
export function BufferFields({ index }: BufferFieldsProps) {
  const store = useDraftStore();
  const kernel = useDraftKernel();
  const path = ['ops', index, 'buffer'] as const;
  const buffer = asRecord(useDraftValue(path));
  const address = asNumber(buffer.address);
  const length = asNumber(buffer.length);
  const groupId = useFieldId(`ops[${index}].buffer`);
  const helperId = useId();
  const ps = kernel.pageSize;
  const page = address === undefined ? undefined : Math.floor(address / ps);
  const inPage = address === undefined ? undefined : address % ps;
  const compose = (p: number | undefined, o: number | undefined) =>
    store.getState().set([...path, 'address'], (p ?? 0) * ps + (o ?? 0));
  const wholeNumber = (max: number) => (t: string) => {
    const n = parseAddress(t);
    if (!n.ok) return n;
    return n.value < max ? ok(n.value) : err(`must be below ${max}`);
  };
  return (
    <fieldset className="sed-group" id={groupId} tabIndex={-1}>
      <legend>Process buffer</legend>
      <FieldMessages id={`${groupId}-issues`} messages={useIssues(`ops[${index}].buffer`)} />
      <div className="sed-row">
        <DraftNumberField
          path={[...path, 'address']}
          label="Buffer address"
          parse={parseAddress}
          hint={
            address === undefined
              ? 'hex (0x…) or decimal'
              : `${hex(address)} = page ${page} + ${inPage}`
          }
          className="sed-wide"
        />
        <span className="sed-or" aria-hidden="true">
          or
        </span>
        <NumberInput
          id={`${helperId}-page`}
          label="Page number"
          value={page}
          messages={[]}
          parse={wholeNumber(256)}
          keepsRawText={false}
          onValue={(p) => compose(p as number, inPage)}
        />
        <NumberInput
          id={`${helperId}-offset`}
          label="Offset in page"
          value={inPage}
          messages={[]}
          parse={wholeNumber(ps)}
          keepsRawText={false}
          onValue={(o) => compose(page, o as number)}
        />
        <DraftNumberField path={[...path, 'length']} label="Length (bytes)" />
      </div>
      <BvecPreview address={address} length={length} kernel={kernel} />
    </fieldset>
  );
}

/** Props of BvecPreview. */
interface BvecPreviewProps {
  readonly address: number | undefined;
  readonly length: number | undefined;
  readonly kernel: ReturnType<typeof useDraftKernel>;
}

/** The bio_vecs the buffer becomes, or the EINVAL the syscall gets. */
function BvecPreview({ address, length, kernel }: BvecPreviewProps) {
  if (address === undefined || length === undefined || length <= 0 || length > 1 << 20)
    return <p className="sed-hint">Type an address and a length to see the bio_vecs.</p>;
  const cut = bvecsForBuffer(address, length, kernel);
  if (!cut.ok)
    return (
      <p className="sed-info" role="note">
        <strong>EINVAL</strong>: {cut.error.reason}. The kernel refuses this O_DIRECT call before
        any I/O (do_blockdev_direct_IO); it is a valid scenario, and the op shows as EINVAL.
      </p>
    );
  return (
    <div className="sed-preview">
      <span className="sed-label">
        {cut.value.length === 1 ? '1 bio_vec' : `${cut.value.length} bio_vecs`} (page, offset,
        length)
      </span>
      <ol className="sed-bvec-list">
        {cut.value.slice(0, PREVIEW_MAX).map((b, i) => (
          <li key={i}>
            <code>{pageRange(b)}</code>
          </li>
        ))}
        {cut.value.length > PREVIEW_MAX && <li>… and {cut.value.length - PREVIEW_MAX} more</li>}
      </ol>
    </div>
  );
}
