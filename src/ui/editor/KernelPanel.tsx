// The kernel what-if panel: page size, logical block size and the queue limits, each with the
// range the format accepts. An empty field means the 3.8-era blkfront default (shown greyed).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveKernelConfig } from '../../model/config';
import { ActionButton } from './ActionButton';
import { DraftNumberField, DraftSelectField } from './DraftFields';
import { useDraftKernel, useDraftStore, useDraftValue } from './EditorContext';
import { KERNEL_NUMBER_FIELDS, SECTOR_SIZES } from './kernelFields';

/** The what-if fields of the scenario's `kernel` block. */
export function KernelPanel() {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const kernel = useDraftKernel();
  const hasOverrides = useDraftValue(['kernel']) !== undefined;
  const headingId = useId();
  // Defaults that follow pageSize (segment size, boundary mask) follow the page size typed.
  const defaults = resolveKernelConfig({ pageSize: kernel.pageSize });
  return (
    <section className="sed-panel sed-kernel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('kernel.heading')}</h3>
      <p className="sed-hint">{t('kernel.hint')}</p>
      <div className="sed-grid-2">
        {KERNEL_NUMBER_FIELDS.map((f) => {
          // The same range and rule as rangeText(), worded in the interface language.
          const range = `${f.min(kernel.pageSize)}–${f.max}`;
          return (
            <DraftNumberField
              key={f.key}
              path={['kernel', f.key]}
              label={t(`kernel.fields.${f.key}`)}
              placeholder={String(defaults[f.key])}
              hint={
                f.rule === ''
                  ? range
                  : t('kernel.rangeRule', { range, rule: t(`kernel.rules.${f.key}`) })
              }
            />
          );
        })}
        <DraftSelectField
          path={['kernel', 'sectorSize']}
          label={t('kernel.sectorSize')}
          hint={t('kernel.sectorSizeHint')}
          options={[
            { label: t('kernel.default', { value: defaults.sectorSize }), value: undefined },
            ...SECTOR_SIZES.map((s) => ({ label: String(s), value: s })),
          ]}
        />
        <DraftSelectField
          path={['kernel', 'clustering']}
          label={t('kernel.clustering')}
          hint={t('kernel.clusteringHint')}
          options={[
            { label: t('kernel.defaultOn'), value: undefined },
            { label: t('kernel.on'), value: true },
            { label: t('kernel.off'), value: false },
          ]}
        />
      </div>
      <ActionButton
        disabled={!hasOverrides}
        onClick={() => store.getState().set(['kernel'], undefined)}
      >
        {t('kernel.reset')}
      </ActionButton>
    </section>
  );
}
