// An O_DIRECT op's buffer: address (hex or decimal, or composed from page number + offset in
// page), length, and the bio_vecs direct-io would cut it into, live. A misaligned buffer is a
// valid scenario: the kernel answers EINVAL, so that is shown as information, not as an issue.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
import { hex, parseAddress, problem } from './parseNumber';

// A 1 MiB buffer is 256 bio_vecs; the first few say enough about the layout.
const PREVIEW_MAX = 24;
// The errno the kernel returns: an identifier, the same in every language.
const EINVAL = 'EINVAL';

/** Props of BufferFields: which op's buffer. */
export interface BufferFieldsProps {
  readonly index: number;
}

/** Address, page-offset helper, length and the resulting bio_vecs of a buffer op. */
export function BufferFields({ index }: BufferFieldsProps) {
  const { t } = useTranslation('editor');
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
    return n.value < max ? ok(n.value) : err(problem('parse.below', { max }));
  };
  return (
    <fieldset className="sed-group" id={groupId} tabIndex={-1}>
      <legend>{t('buffer.legend')}</legend>
      <FieldMessages id={`${groupId}-issues`} messages={useIssues(`ops[${index}].buffer`)} />
      <div className="sed-row">
        <DraftNumberField
          path={[...path, 'address']}
          label={t('buffer.address')}
          parse={parseAddress}
          hint={
            address === undefined
              ? t('buffer.addressHint')
              : t('buffer.addressIs', { hex: hex(address), page, offset: inPage })
          }
          className="sed-wide"
        />
        <span className="sed-or" aria-hidden="true">
          {t('buffer.or')}
        </span>
        <NumberInput
          id={`${helperId}-page`}
          label={t('buffer.page')}
          value={page}
          messages={[]}
          parse={wholeNumber(256)}
          keepsRawText={false}
          onValue={(p) => compose(p as number, inPage)}
        />
        <NumberInput
          id={`${helperId}-offset`}
          label={t('buffer.offset')}
          value={inPage}
          messages={[]}
          parse={wholeNumber(ps)}
          keepsRawText={false}
          onValue={(o) => compose(page, o as number)}
        />
        <DraftNumberField path={[...path, 'length']} label={t('buffer.length')} />
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
  const { t } = useTranslation('editor');
  if (address === undefined || length === undefined || length <= 0 || length > 1 << 20)
    return <p className="sed-hint">{t('buffer.previewEmpty')}</p>;
  const cut = bvecsForBuffer(address, length, kernel);
  if (!cut.ok)
    return (
      <p className="sed-info" role="note">
        {/* The reason is the model's (as in the trace), so it stays English like the narration. */}
        <strong>{EINVAL}</strong>
        {t('buffer.einval', { reason: cut.error.reason })}
      </p>
    );
  return (
    <div className="sed-preview">
      <span className="sed-label">{t('buffer.bvecs', { count: cut.value.length })}</span>
      <ol className="sed-bvec-list">
        {cut.value.slice(0, PREVIEW_MAX).map((b, i) => (
          <li key={i}>
            <code>{pageRange(b)}</code>
          </li>
        ))}
        {cut.value.length > PREVIEW_MAX && (
          <li>{t('buffer.more', { count: cut.value.length - PREVIEW_MAX })}</li>
        )}
      </ol>
    </div>
  );
}
