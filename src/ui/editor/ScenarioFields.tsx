// The scenario as a whole: title and description (shown above the explorer) and the disk.
import { useId } from 'react';
import { DISK_CONTENT_KINDS } from '../../model/disk/image';
import { DraftNumberField, DraftSelectField, DraftTextField } from './DraftFields';

const CONTENT_LABELS: Record<string, string> = {
  gpt: 'gpt (fresh GPT label)',
  pattern: 'pattern (each 16 bytes say where they are)',
  zero: 'zero',
};

/** Title, description and disk fields. */
export function ScenarioFields() {
  const headingId = useId();
  return (
    <section className="sed-panel sed-scenario" aria-labelledby={headingId}>
      <h3 id={headingId}>Scenario</h3>
      <DraftTextField path={['title']} label="Title" />
      <DraftTextField path={['description']} label="Description" multiline />
      <div className="sed-row">
        <DraftNumberField path={['disk', 'sectors']} label="Disk size (sectors)" />
        <DraftSelectField
          path={['disk', 'content']}
          label="Disk content"
          options={DISK_CONTENT_KINDS.map((k) => ({ label: CONTENT_LABELS[k] ?? k, value: k }))}
        />
      </div>
    </section>
  );
}
