// "Disk before and after": for each WRITE request (a read-modify-write puts what it read back on
// disk), a table of the sectors it wrote with each version's count of bytes that differ from what
// a correct kernel writes, and for one chosen sector the disk before the write next to the disk
// after it under one version, hexdump -C style, those bytes marked (bold, underlined, tinted).
import { useId, useMemo, useState } from 'react';
import { VERSION_IDS, type VersionId } from '../../model';
import { selectFocus, selectSim } from '../../state/explorerStore';
import { useExplorer } from '../../state/StoreContext';
import {
  diskWrites,
  listedRows,
  SECTOR_BYTES,
  type DiskWrite,
  type WriteSector,
} from '../../viz/diskWrites';
import { arraySource, foldRows, rowCount, rowsEqual, BYTES_PER_ROW } from '../../viz/hexdump';
import { HexTable } from '../hex/HexTable';
import { plainInteger } from '../format';
import '../hex/hex.css';

/** The sector first shown: the first one any version corrupted, else the first. */
function firstInteresting(write: DiskWrite): number {
  const bad = write.rows.find((r) => VERSION_IDS.some((v) => r.corrupt[v] > 0));
  return (bad ?? write.rows[0]!).sector;
}

/** One version's verdict on one sector, as the table cell says it. */
function verdict(write: DiskWrite, row: WriteSector, v: VersionId): string {
  const status = write.status[v];
  if (status === 'not-run') return 'not run (kernel died earlier)';
  if (status !== 'ok') return status;
  return row.corrupt[v] === 0 ? 'matches' : `${plainInteger(row.corrupt[v])} bytes differ`;
}

/** All WRITE requests of the scenario, or a quiet note when it has none. */
export function DiskWritesView() {
  const sim = useExplorer(selectSim);
  const writes = useMemo(() => diskWrites(sim), [sim]);
  const headingId = useId();
  return (
    <section className="symptom-block symptom-disk" aria-labelledby={headingId}>
      <h3 id={headingId}>Disk before and after each write</h3>
      {writes.length === 0 ? (
        <p className="symptom-quiet">
          This scenario writes nothing, so the disk stays as it was under every version.
        </p>
      ) : (
        <>
          <p className="symptom-note">
            A read-modify-write writes back what it read: bytes a version read wrongly go to disk.
            “Differ” counts bytes that differ from what a correct kernel writes there.
          </p>
          {writes.map((w) => (
            <WriteRequest key={w.request} write={w} />
          ))}
        </>
      )}
    </section>
  );
}

/** One WRITE request: the sector table and the chosen sector's before/after dumps. */
function WriteRequest({ write }: { write: DiskWrite }) {
  const focus = useExplorer(selectFocus);
  const ids = useId();
  const [sector, setSector] = useState(() => firstInteresting(write));
  // null: follow the version focus; a choice here overrides it for this request only.
  const [chosen, setChosen] = useState<VersionId | null>(null);
  const version = chosen ?? focus;
  const row = write.rows.find((r) => r.sector === sector) ?? write.rows[0]!;
  const last = write.sector + write.sectors - 1;
  const listed = listedRows(write);
  return (
    <article className="symptom-write" aria-labelledby={`${ids}-h`}>
      <h4 id={`${ids}-h`}>
        Request {write.request} (op {write.op}): WRITE of sectors {write.sector}–{last}
      </h4>
      <div className="table-scroll">
        <table className="symptom-sectors" aria-labelledby={`${ids}-h`}>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              {VERSION_IDS.map((v) => (
                <th key={v} scope="col" className={v === focus ? 'is-focus' : undefined}>
                  {v}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {listed.map((r) => (
              <tr key={r.sector} className={r.sector === row.sector ? 'is-chosen' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    aria-pressed={r.sector === row.sector}
                    onClick={() => setSector(r.sector)}
                  >
                    {r.sector}
                  </button>
                </th>
                {VERSION_IDS.map((v) => (
                  <td
                    key={v}
                    className={`${r.corrupt[v] > 0 ? 'is-bad' : ''}${v === focus ? ' is-focus' : ''}`}
                  >
                    {r.corrupt[v] > 0 && <span aria-hidden="true">✗ </span>}
                    {verdict(write, r, v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {VERSION_IDS.map((v) => (
                <td
                  key={v}
                  className={`${write.corruptBytes[v] > 0 ? 'is-bad' : ''}${v === focus ? ' is-focus' : ''}`}
                >
                  {plainInteger(write.corruptBytes[v])} bytes differ
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {listed.length < write.rows.length && (
        <p className="symptom-quiet">
          Listed: {listed.length} of the {write.rows.length} sectors written
          {write.rows.some((r) => VERSION_IDS.some((v) => r.corrupt[v] > 0))
            ? ', the ones some version wrote wrongly'
            : ', the first ones'}
          ; the totals count all of them.
        </p>
      )}
      <fieldset className="symptom-choice">
        <legend>After the write under</legend>
        {VERSION_IDS.map((v) => (
          <label key={v} className={v === version ? 'is-chosen' : undefined}>
            <input
              type="radio"
              name={`${ids}-version`}
              value={v}
              // Distinct from the page's version-focus radios, which are named by the bare id.
              aria-label={`After the write under ${v}${v === focus ? ' (focus)' : ''}`}
              checked={v === version}
              onChange={() => setChosen(v)}
            />
            {v}
            {v === focus ? ' (focus)' : ''}
          </label>
        ))}
      </fieldset>
      <SectorDumps row={row} version={version} status={write.status[version]} />
    </article>
  );
}

/** The chosen sector before the write and after it under `version`, side by side. */
function SectorDumps({
  row,
  version,
  status,
}: {
  row: WriteSector;
  version: VersionId;
  status: DiskWrite['status'][VersionId];
}) {
  const after = row.after[version];
  const before = useMemo(() => arraySource(row.before), [row.before]);
  const afterSource = useMemo(() => (after ? arraySource(after) : null), [after]);
  const differs = (i: number) => !!after && after[i] !== row.correct[i];
  const rowDiffers = (r: number) => {
    for (let i = r * BYTES_PER_ROW; i < (r + 1) * BYTES_PER_ROW; i++) if (differs(i)) return true;
    return false;
  };
  const lines = foldRows(
    rowCount(SECTOR_BYTES),
    (r) =>
      !rowDiffers(r) &&
      rowsEqual(before, r, r - 1) &&
      (!afterSource || rowsEqual(afterSource, r, r - 1)),
  );
  const describe = (i: number) =>
    `sector ${row.sector} byte ${i} (disk offset ${row.sector * SECTOR_BYTES + i})`;
  return (
    <div className="hex-view symptom-dumps">
      <p className={`symptom-note${row.corrupt[version] > 0 ? ' symptom-bad' : ''}`}>
        Sector {row.sector} under {version}:{' '}
        {after
          ? row.corrupt[version] === 0
            ? 'the disk holds exactly what a correct kernel writes.'
            : `${plainInteger(row.corrupt[version])} bytes differ from what a correct kernel writes (marked).`
          : status === 'not-run'
            ? 'this version’s kernel hit a BUG earlier and never wrote.'
            : `the write failed (${status}).`}
      </p>
      <div className="hex-pair">
        <div className="hex-side">
          <h5>Before the write</h5>
          <div className="hex-scroll">
            <HexTable
              label={`Sector ${row.sector} before the write`}
              source={before}
              lines={lines}
              differs={() => false}
              describe={describe}
              selected={null}
            />
          </div>
        </div>
        {afterSource && (
          <div className="hex-side">
            <h5>After, under {version}</h5>
            <div className="hex-scroll">
              <HexTable
                label={`Sector ${row.sector} after the write under ${version}`}
                source={afterSource}
                lines={lines}
                differs={differs}
                describe={describe}
                selected={null}
              />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
