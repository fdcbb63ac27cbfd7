// "Disk before and after": for each WRITE request (a read-modify-write puts what it read back on
// disk), a table of the sectors it wrote with each version's count of bytes that differ from what
// a correct kernel writes, and for one chosen sector the disk before the write next to the disk
// after it under one version, hexdump -C style, those bytes marked (bold, underlined, tinted).
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
function verdict(write: DiskWrite, row: WriteSector, v: VersionId, t: TFunction<'symptoms'>) {
  const status = write.status[v];
  if (status === 'not-run') return t('disk.notRun');
  // 'EIO', 'BUG': kernel words, the same in every language.
  if (status !== 'ok') return status;
  return row.corrupt[v] === 0
    ? t('disk.matches')
    : t('disk.bytesDiffer', { n: plainInteger(row.corrupt[v]) });
}

/** All WRITE requests of the scenario, or a quiet note when it has none. */
export function DiskWritesView() {
  const sim = useExplorer(selectSim);
  const writes = useMemo(() => diskWrites(sim), [sim]);
  const { t } = useTranslation('symptoms');
  const headingId = useId();
  return (
    <section className="symptom-block symptom-disk" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('disk.heading')}</h3>
      {writes.length === 0 ? (
        <p className="symptom-quiet">{t('disk.noWrites')}</p>
      ) : (
        <>
          <p className="symptom-note">{t('disk.note')}</p>
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
  const { t } = useTranslation('symptoms');
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
        {t('disk.request', {
          request: write.request,
          op: write.op,
          first: write.sector,
          last,
        })}
      </h4>
      <div className="table-scroll">
        <table className="symptom-sectors" aria-labelledby={`${ids}-h`}>
          <thead>
            <tr>
              <th scope="col">{t('disk.sector')}</th>
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
                    {verdict(write, r, v, t)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('disk.total')}</th>
              {VERSION_IDS.map((v) => (
                <td
                  key={v}
                  className={`${write.corruptBytes[v] > 0 ? 'is-bad' : ''}${v === focus ? ' is-focus' : ''}`}
                >
                  {t('disk.bytesDiffer', { n: plainInteger(write.corruptBytes[v]) })}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {listed.length < write.rows.length && (
        <p className="symptom-quiet">
          {t(
            write.rows.some((r) => VERSION_IDS.some((v) => r.corrupt[v] > 0))
              ? 'disk.listedBad'
              : 'disk.listedFirst',
            { listed: listed.length, total: write.rows.length },
          )}
        </p>
      )}
      <fieldset className="symptom-choice">
        <legend>{t('disk.afterUnder')}</legend>
        {VERSION_IDS.map((v) => (
          <label key={v} className={v === version ? 'is-chosen' : undefined}>
            <input
              type="radio"
              name={`${ids}-version`}
              value={v}
              // Distinct from the page's version-focus radios, which are named by the bare id.
              aria-label={t(v === focus ? 'disk.afterUnderFocus' : 'disk.afterUnderVersion', {
                version: v,
              })}
              checked={v === version}
              onChange={() => setChosen(v)}
            />
            {v}
            {v === focus ? t('disk.focusMark') : ''}
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
  const { t } = useTranslation('symptoms');
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
    t('disk.byte', { sector: row.sector, byte: i, offset: row.sector * SECTOR_BYTES + i });
  return (
    <div className="hex-view symptom-dumps">
      <p className={`symptom-note${row.corrupt[version] > 0 ? ' symptom-bad' : ''}`}>
        {t('disk.sectorLine', {
          sector: row.sector,
          version,
          verdict: after
            ? row.corrupt[version] === 0
              ? t('disk.exact')
              : t('disk.differs', { n: plainInteger(row.corrupt[version]) })
            : status === 'not-run'
              ? t('disk.notRunSector')
              : t('disk.writeFailed', { status }),
        })}
      </p>
      <div className="hex-pair">
        <div className="hex-side">
          <h5>{t('disk.before')}</h5>
          <div className="hex-scroll">
            <HexTable
              label={t('disk.beforeTable', { sector: row.sector })}
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
            <h5>{t('disk.after', { version })}</h5>
            <div className="hex-scroll">
              <HexTable
                label={t('disk.afterTable', { sector: row.sector, version })}
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
