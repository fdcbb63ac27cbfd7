// An explicit bio_vec op (a stacked driver's bio): one row per bio_vec with page, offset and
// length inputs, a page strip to drag a range on, and buttons to move or remove the row.
// Issues about a whole bio_vec (past the page end, overlapping another) show under its row.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EXPLICIT_BVECS } from '../../model/scenario/limits';
import { ActionButton } from './ActionButton';
import { DraftNumberField } from './DraftFields';
import {
  useDraftKernel,
  useDraftStore,
  useDraftValue,
  useFieldId,
  useIssues,
} from './EditorContext';
import { FieldMessages } from './Field';
import { asArray, asNumber, asRecord } from './jsonTree';
import { moveItem, removeItem } from './listEdit';
import { nextBvec } from './opTemplates';
import { PageStrip } from './PageStrip';

/** Props of BvecTable: which op's bio_vecs. */
export interface BvecTableProps {
  readonly index: number;
}

/** The editable bio_vec table of an explicit-bvecs op. */
export function BvecTable({ index }: BvecTableProps) {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const path = ['ops', index, 'bvecs'] as const;
  const bvecs = asArray(useDraftValue(path));
  const captionId = useId();
  const groupId = useFieldId(`ops[${index}].bvecs`);
  const setList = (list: unknown[]) => store.getState().set(path, list);
  return (
    <div className="sed-group" id={groupId} tabIndex={-1}>
      <FieldMessages id={`${groupId}-issues`} messages={useIssues(`ops[${index}].bvecs`)} />
      <table className="sed-bvecs" aria-labelledby={captionId}>
        <caption id={captionId}>{t('bvecs.caption', { index })}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('bvecs.page')}</th>
            <th scope="col">{t('bvecs.offset')}</th>
            <th scope="col">{t('bvecs.length')}</th>
            <th scope="col">{t('bvecs.range')}</th>
            <th scope="col">
              <span className="sed-visually-hidden">{t('bvecs.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bvecs.map((_, j) => (
            <BvecRow
              key={j}
              op={index}
              row={j}
              count={bvecs.length}
              bvecs={bvecs}
              onMove={(delta) => setList(moveItem(bvecs, j, delta))}
              onRemove={() => setList(removeItem(bvecs, j))}
            />
          ))}
        </tbody>
      </table>
      <ActionButton
        disabled={bvecs.length >= MAX_EXPLICIT_BVECS}
        onClick={() => setList([...bvecs, nextBvec(bvecs)])}
      >
        {t('bvecs.add')}
      </ActionButton>
    </div>
  );
}

/** Props of BvecRow. */
interface BvecRowProps {
  readonly op: number;
  readonly row: number;
  readonly count: number;
  readonly bvecs: readonly unknown[];
  readonly onMove: (delta: number) => void;
  readonly onRemove: () => void;
}

/** One bio_vec: its inputs, its page strip and its row buttons. */
function BvecRow({ op, row, count, bvecs, onMove, onRemove }: BvecRowProps) {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const kernel = useDraftKernel();
  const path = ['ops', op, 'bvecs', row] as const;
  const bv = asRecord(bvecs[row]);
  const rowId = useFieldId(path);
  const rowIssues = useIssues(`ops[${op}].bvecs[${row}]`);
  const rowIssuesId = `${rowId}-issues`;
  const describedBy = rowIssues.length > 0 ? rowIssuesId : undefined;
  const page = asNumber(bv.page);
  const others = bvecs
    .filter((o, k) => k !== row && asNumber(asRecord(o).page) === page)
    .map((o) => ({ offset: asRecord(o).offset, length: asRecord(o).length }));
  const field = (key: 'page' | 'offset' | 'length') => (
    <td>
      <DraftNumberField
        path={[...path, key]}
        label={t('bvecs.fieldLabel', { field: t(`bvecs.${key}`), row })}
        labelHidden
        describedBy={describedBy}
      />
    </td>
  );
  return (
    <>
      <tr className={rowIssues.length > 0 ? 'sed-row-invalid' : undefined}>
        <th scope="row" id={rowId} tabIndex={-1}>
          {row}
        </th>
        {field('page')}
        {field('offset')}
        {field('length')}
        <td>
          <PageStrip
            page={page}
            pageSize={kernel.pageSize}
            offset={bv.offset}
            length={bv.length}
            others={others}
            onSelect={(r) => store.getState().set(path, { ...bv, ...r })}
          />
        </td>
        <td className="sed-row-actions">
          <ActionButton label={t('bvecs.up')} disabled={row === 0} onClick={() => onMove(-1)}>
            ↑
          </ActionButton>
          <ActionButton
            label={t('bvecs.down')}
            disabled={row === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </ActionButton>
          {/* An explicit op needs at least one bio_vec. */}
          <ActionButton label={t('bvecs.remove')} disabled={count <= 1} onClick={onRemove}>
            ✕
          </ActionButton>
        </td>
      </tr>
      {rowIssues.length > 0 && (
        <tr className="sed-row-issues">
          <td colSpan={6}>
            <FieldMessages id={rowIssuesId} messages={rowIssues} />
          </td>
        </tr>
      )}
    </>
  );
}
