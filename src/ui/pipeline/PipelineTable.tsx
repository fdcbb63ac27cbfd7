// "Table view": the pipeline drawing's content as tables, for screen readers and for anyone who
// prefers text. A native <details> right under the drawing, so a keyboard user reaches and opens
// it like any disclosure. Rows come from src/viz/stepTable (the same progress the drawing
// uses); they are built only while the disclosure is open.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { VERSION_INFO } from '../../model';
import { selectSim, selectStep } from '../../state/explorerStore';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { requestProgress } from '../../viz/progress';
import { stepTable, type LaneState, type StepTable, type VersionRows } from '../../viz/stepTable';
import { subjectAtStep } from '../../viz/subject';
import './pipelineTable.css';

/** The "Table view" disclosure (no props: it reads the explorer store). */
export function PipelineTable() {
  const [open, setOpen] = useState(false);
  return (
    <details className="pv-table-view" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Table view of this step (bio_vecs, segments, grants, copies)</summary>
      {open && <StepTables />}
    </details>
  );
}

function StepTables() {
  const sim = useExplorer(selectSim);
  const step = useExplorer(selectStep);
  const table = useMemo(() => {
    const subject = subjectAtStep(sim, step);
    const progress = requestProgress(sim, subject, step);
    return progress ? stepTable(progress) : null;
  }, [sim, step]);
  if (!table) {
    return <p className="pv-table-note">No request at this step: the drawing shows no I/O.</p>;
  }
  return (
    <div className="pv-tables">
      <p className="pv-table-note">
        Step {step}, request {table.request} ({table.kind.toUpperCase()}). Rows appear as the kernel
        builds them; a blank cell is a stage not reached yet.
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
  return (
    <Scroll title="bio_vecs of the request">
      {(id) => (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">bio_vec</th>
              <th scope="col" className="number">
                Page
              </th>
              <th scope="col" className="number">
                Offset
              </th>
              <th scope="col" className="number">
                Length
              </th>
              <th scope="col">In scatterlist entry</th>
            </tr>
          </thead>
          <tbody>
            {table.bvecs.length === 0 && <EmptyRow columns={5} text="Not built yet." />}
            {table.bvecs.map((b) => (
              <tr key={b.index}>
                <th scope="row">bv{b.index}</th>
                <td className="number">P{b.page}</td>
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
  return (
    <Scroll title="Scatterlist entries, their ring segments and grant pages">
      {(id) => (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">bio_vecs</th>
              <th scope="col">Page, offset, length</th>
              <th scope="col">Grant (grants_used[i])</th>
              <th scope="col">Sectors in grant</th>
              <th scope="col">Backend</th>
            </tr>
          </thead>
          <tbody>
            {table.segments.length === 0 && <EmptyRow columns={6} text="Not mapped yet." />}
            {table.segments.map((s) => (
              <tr key={s.index}>
                <th scope="row">sg {s.index}</th>
                <td>{s.bvecs.map((b) => `bv${b}`).join(', ')}</td>
                <td>
                  (P{s.page}, {s.offset}, {s.length})
                </td>
                <td>
                  {s.grant &&
                    `grants_used[${s.index}] = grant g${s.grant.id} (${s.grant.reused ? 'reused' : 'new page'})`}
                </td>
                <td>{s.sectors && `first_sect ${s.sectors.first}, last_sect ${s.sectors.last}`}</td>
                <td>{s.transferred ? 'filled' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Scroll>
  );
}

const STATE_WORDS: Readonly<Record<LaneState, string>> = {
  write: 'a WRITE: the completion copies nothing',
  waiting: 'no copies yet',
  copying: 'copying',
  done: 'finished',
  bug: 'stopped by a kernel BUG',
  'not-run': 'not running: its kernel hit a BUG earlier',
};

function CopyTable({ rows }: { readonly rows: VersionRows }) {
  const store = useExplorerStore();
  const { version, copies } = rows;
  const counts =
    copies.length > 0
      ? `, ${copies.length} cop${copies.length === 1 ? 'y' : 'ies'}, ${rows.wrongCopies} wrong`
      : '';
  return (
    <Scroll
      title={
        <>
          Completion copies of <span className="pv-table-version">{version}</span> (
          {VERSION_INFO[version].title}): {STATE_WORDS[rows.state]}
          {counts}
          {rows.bug && <span className="pv-table-bug">{rows.bug}</span>}
        </>
      }
    >
      {(id) => (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Copy</th>
              <th scope="col">Verdict</th>
              <th scope="col">Reads grants_used[i]</th>
              <th scope="col" className="number">
                At grant offset
              </th>
              <th scope="col">Into</th>
              <th scope="col">Process page, offset, length</th>
              <th scope="col">Byte</th>
            </tr>
          </thead>
          <tbody>
            {copies.length === 0 && <EmptyRow columns={7} text="None yet." />}
            {copies.map((c) => (
              <tr key={c.iteration} aria-current={c.current ? 'step' : undefined}>
                <th scope="row">
                  {c.iteration}
                  {c.current && <span className="pv-table-now"> (this step)</span>}
                </th>
                <td className={c.right ? 'pv-table-right' : 'pv-table-wrong'}>
                  {c.right ? '✓ right' : `✗ wrong: ${c.misdirectedBytes} misdirected bytes`}
                </td>
                <td>
                  grants_used[{c.grantIndex}] = g{c.grantId}
                  {c.staleSlot && ' (stale slot)'}
                </td>
                <td className="number">{c.srcOffset}</td>
                <td>{c.into.kind === 'bvec' ? `bio_vec ${c.into.index}` : `sg ${c.into.index}`}</td>
                <td>
                  (P{c.page}, {c.dstOffset}, {c.length})
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Inspect ${version} copy ${c.iteration}`}
                    onClick={() =>
                      store.getState().inspectByte({ version, page: c.page, offset: c.dstOffset })
                    }
                  >
                    Inspect
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
