// The scenario as a whole: title and description (shown above the explorer) and the disk.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DISK_CONTENT_KINDS } from '../../model/disk/image';
import { DraftNumberField, DraftSelectField, DraftTextField } from './DraftFields';

/** Title, description and disk fields. */
export function ScenarioFields() {
  const { t } = useTranslation('editor');
  const headingId = useId();
  return (
    <section className="sed-panel sed-scenario" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scenario.heading')}</h3>
      <DraftTextField path={['title']} label={t('scenario.title')} />
      <DraftTextField path={['description']} label={t('scenario.description')} multiline />
      <div className="sed-row">
        <DraftNumberField path={['disk', 'sectors']} label={t('scenario.diskSectors')} />
        <DraftSelectField
          path={['disk', 'content']}
          label={t('scenario.diskContent')}
          options={DISK_CONTENT_KINDS.map((k) => ({
            label: t(`scenario.content.${k}`, { defaultValue: k }),
            value: k,
          }))}
        />
      </div>
    </section>
  );
}
