// "Table view": the pipeline drawing's content as tables, for screen readers and for anyone who
// prefers text. A native <details> right under the drawing, so a keyboard user reaches and opens
// it like any disclosure. Rows come from src/viz/stepTable (the same progress the drawing
// uses); they are built only while the disclosure is open. Words: the reach namespace, table.*;
// kernel identifiers (bio_vec, grants_used[i], first_sect) and the drawing's own short names
// (bv0, sg 1, P2, g3) stay as they are in every language.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSim, selectStep } from '../../state/explorerStore';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { requestProgress } from '../../viz/progress';
import { stepTable, type StepTable, type VersionRows } from '../../viz/stepTable';
import { subjectAtStep } from '../../viz/subject';
import './pipelineTable.css';

/** The "Table view" disclosure (no props: it reads the explorer store). */
export function PipelineTable() {
  const { t } = useTranslation('reach');
  const [open, setOpen] = useState(false);
  return (
    <details className="pv-table-view" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('table.summary')}</summary>
      {open && <StepTables />}
    </details>
  );
}

/** "(P2, 1024, 512)": a page range with the drawing's page name, the same in every language. */
const pageRange = (page: number, offset: number, length: number) =>
  `(P${page}, ${offset}, ${length})`;

function StepTables() {
  const { t } = useTranslation('reach');
  const sim = useExplorer(selectSim);
  const step = useExplorer(selectStep);
  const table = useMemo(() => {
    const subject = subjectAtStep(sim, step);
    const progress = requestProgress(sim, subject, step);
    return progress ? stepTable(progress) : null;
  }, [sim, step]);
  if (!table) {
    return <p className="pv-table-note">{t('table.noRequest')}</p>;
  }
  return (
    <div className="pv-tables">
      <p className="pv-table-note">
        {t('table.intro', { step, request: table.request, kind: table.kind.toUpperCase() })}
      </p>
      <BvecTable table={table} />
      <SegmentTable table={table} />
      {table.versions.map((v) => (
        <CopyTable key={v.version} rows={v} />
      ))}
    </div>
  );
}

/**
 * A titled table that scrolls sideways on narrow screens. The title is a heading outside the
 * scroll box (a <caption> would scroll away with a wide table) and names both the table and
 * the box, which is focusable so keyboards can scroll it too.
 */
function Scroll(props: {
  readonly title: ReactNode;
  readonly children: (titleId: string) => ReactNode;
}) {
  const { title, children } = props;
  const id = useId();
  return (
    <div className="pv-table-block">
      <h3 id={id} className="pv-table-title">
        {title}
      </h3>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        {children(id)}
      </div>
    </div>
  );
}

function BvecTable({ table }: { readonly table: StepTable }) {
  const { t } = useTranslation('reach');
  return (
    <Scroll title={t('table.bvecs.title')}>
      {(id) => (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('table.bvecs.bvec')}</th>
              <th scope="col" className="number">
                {t('table.bvecs.page')}
              </th>
              <th scope="col" className="number">
                {t('table.bvecs.offset')}
              </th>
              <th scope="col" className="number">
                {t('table.bvecs.length')}
              </th>
              <th scope="col">{t('table.bvecs.entry')}</th>
            </tr>
          </thead>
          <tbody>
            {table.bvecs.length === 0 && <EmptyRow columns={5} text={t('table.bvecs.empty')} />}
            {table.bvecs.map((b) => (
              <tr key={b.index}>
                <th scope="row">{`bv${b.index}`}</th>
                <td className="number">{`P${b.page}`}</td>
                <td className="number">{b.offset}</td>
                <td className="number">{b.length}</td>
                <td>{b.segment === null ? '' : `sg ${b.segment}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Scroll>
  );
}

function SegmentTable({ table }: { readonly table: StepTable }) {
  const { t } = useTranslation('reach');
  return (
    <Scroll title={t('table.segments.title')}>
      {(id) => (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('table.segments.entry')}</th>
              <th scope="col">{t('table.segments.bvecs')}</th>
              <th scope="col">{t('table.segments.range')}</th>
              <th scope="col">{t('table.segments.grant')}</th>
              <th scope="col">{t('table.segments.sectors')}</th>
              <th scope="col">{t('table.segments.backend')}</th>
            </tr>
          </thead>
          <tbody>
            {table.segments.length === 0 && (
              <EmptyRow columns={6} text={t('table.segments.empty')} />
            )}
            {table.segments.map((s) => (
              <tr key={s.index}>
                <th scope="row">{`sg ${s.index}`}</th>
                <td>{s.bvecs.map((b) => `bv${b}`).join(', ')}</td>
                <td>{pageRange(s.page, s.offset, s.length)}</td>
                <td>
                  {s.grant &&
                    t(s.grant.reused ? 'table.segments.grantReused' : 'table.segments.grantNew', {
                      index: s.index,
                      grant: s.grant.id,
                    })}
                </td>
                <td>
                  {s.sectors &&
                    t('table.segments.sectorRange', {
                      first: s.sectors.first,
                      last: s.sectors.last,
                    })}
                </td>
                <td>{s.transferred ? t('table.segments.filled') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Scroll>
  );
}

function CopyTable({ rows }: { readonly rows: VersionRows }) {
  const { t } = useTranslation('reach');
  const { t: tUi } = useTranslation();
  const store = useExplorerStore();
  const { version, copies } = rows;
  const counts =
    copies.length > 0
      ? t('table.copies.counts', { count: copies.length, wrong: rows.wrongCopies })
      : '';
  // The title is split around the version id (set in code type); the kernel's BUG text is data
  // from the model and is quoted in English, as the narration quotes it.
  return (
    <Scroll
      title={
        <>
          {t('table.copies.titleBefore')}
          <span className="pv-table-version">{version}</span>
          {t('table.copies.titleAfter', {
            title: tUi(`versions.${version}.title`),
            state: t(`table.copies.state.${rows.state}`),
            counts,
          })}
          {rows.bug && <span className="pv-table-bug">{rows.bug}</span>}
        </>
      }
    >
      {(id) => (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('table.copies.copy')}</th>
              <th scope="col">{t('table.copies.verdict')}</th>
              <th scope="col">{t('table.copies.reads')}</th>
              <th scope="col" className="number">
                {t('table.copies.srcOffset')}
              </th>
              <th scope="col">{t('table.copies.into')}</th>
              <th scope="col">{t('table.copies.range')}</th>
              <th scope="col">{t('table.copies.byte')}</th>
            </tr>
          </thead>
          <tbody>
            {copies.length === 0 && <EmptyRow columns={7} text={t('table.copies.empty')} />}
            {copies.map((c) => (
              <tr key={c.iteration} aria-current={c.current ? 'step' : undefined}>
                <th scope="row">
                  {c.iteration}
                  {c.current && <span className="pv-table-now">{t('table.copies.thisStep')}</span>}
                </th>
                <td className={c.right ? 'pv-table-right' : 'pv-table-wrong'}>
                  {c.right
                    ? t('table.copies.right')
                    : t('table.copies.wrong', { bytes: c.misdirectedBytes })}
                </td>
                <td>
                  {t('table.copies.slot', { index: c.grantIndex, grant: c.grantId })}
                  {c.staleSlot && t('table.copies.staleSlot')}
                </td>
                <td className="number">{c.srcOffset}</td>
                <td>{c.into.kind === 'bvec' ? `bio_vec ${c.into.index}` : `sg ${c.into.index}`}</td>
                <td>{pageRange(c.page, c.dstOffset, c.length)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('table.copies.inspectLabel', { version, copy: c.iteration })}
                    onClick={() =>
                      store.getState().inspectByte({ version, page: c.page, offset: c.dstOffset })
                    }
                  >
                    {t('table.copies.inspect')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Scroll>
  );
}

function EmptyRow({ columns, text }: { readonly columns: number; readonly text: string }) {
  return (
    <tr>
      <td colSpan={columns} className="pv-table-empty">
        {text}
      </td>
    </tr>
  );
}
