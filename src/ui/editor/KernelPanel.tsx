// The kernel what-if panel: page size, logical block size and the queue limits, each with the
// range the format accepts. An empty field means the 3.8-era blkfront default (shown greyed).
import { useId } from 'react';
import { resolveKernelConfig } from '../../model/config';
import { ActionButton } from './ActionButton';
import { DraftNumberField, DraftSelectField } from './DraftFields';
import { useDraftKernel, useDraftStore, useDraftValue } from './EditorContext';
import { KERNEL_NUMBER_FIELDS, rangeText, SECTOR_SIZES } from './kernelFields';

/** The what-if fields of the scenario's `kernel` block. */
export function KernelPanel() {
  const store = useDraftStore();
  const kernel = useDraftKernel();
  const hasOverrides = useDraftValue(['kernel']) !== undefined;
  const headingId = useId();
  // Defaults that follow pageSize (segment size, boundary mask) follow the page size typed.
  const defaults = resolveKernelConfig({ pageSize: kernel.pageSize });
  return (
    <section className="sed-panel sed-kernel" aria-labelledby={headingId}>
      <h3 id={headingId}>Kernel what-if</h3>
      <p className="sed-hint">Empty = 3.8-era blkfront (4 KiB pages, 11 segments).</p>
      <div className="sed-grid-2">
        {KERNEL_NUMBER_FIELDS.map((f) => (
          <DraftNumberField
            key={f.key}
            path={['kernel', f.key]}
            label={f.label}
            placeholder={String(defaults[f.key])}
            hint={rangeText(f, kernel.pageSize)}
          />
        ))}
        <DraftSelectField
          path={['kernel', 'sectorSize']}
          label="Logical block size"
          hint="O_DIRECT alignment"
          options={[
            { label: `default (${defaults.sectorSize})`, value: undefined },
            ...SECTOR_SIZES.map((s) => ({ label: String(s), value: s })),
          ]}
        />
        <DraftSelectField
          path={['kernel', 'clustering']}
          label="Clustering"
          hint="may adjacent bio_vecs share an sg entry"
          options={[
            { label: 'default (on)', value: undefined },
            { label: 'on', value: true },
            { label: 'off', value: false },
          ]}
        />
      </div>
      <ActionButton
        disabled={!hasOverrides}
        onClick={() => store.getState().set(['kernel'], undefined)}
      >
        Reset to 3.8 defaults
      </ActionButton>
    </section>
  );
}
