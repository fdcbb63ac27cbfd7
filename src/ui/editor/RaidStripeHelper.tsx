// The RAID stripe helper: from a stripe unit and the user's read within it, the bio a RAID layer
// submits (scratch S1, the user's page U, scratch S2), appended to the ops as an explicit
// bio_vec op. The inputs are the helper's own; nothing reaches the draft until "Apply RAID stripe".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageRange } from '../format';
import { ActionButton } from './ActionButton';
import { useDraftKernel, useDraftStore } from './EditorContext';
import { asArray } from './jsonTree';
import { NumberInput } from './NumberInput';
import { addOp } from './opActions';
import { buildRaidStripeOp, RAID_STRIPE_DEFAULTS, type RaidStripeInput } from './raidStripe';

/** The helper's inputs, in the order shown (labels: editor.json, raid.fields). */
const FIELDS: readonly (keyof RaidStripeInput)[] = [
  'stripeUnit',
  'userOffset',
  'userLength',
  'bufferPageOffset',
  'scratchBefore',
  'userPage',
  'scratchAfter',
  'sector',
];

/** The helper's inputs, preview and "Apply RAID stripe" button. */
export function RaidStripeHelper() {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const kernel = useDraftKernel();
  const [input, setInput] = useState<Record<keyof RaidStripeInput, unknown>>(RAID_STRIPE_DEFAULTS);
  const idBase = useId();
  const headingId = `${idBase}-heading`;
  const numbers = Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, typeof v === 'number' ? v : NaN]),
  ) as unknown as RaidStripeInput;
  const built = buildRaidStripeOp(numbers, kernel.pageSize);
  const problems = (k: keyof RaidStripeInput) =>
    built.ok ? [] : built.error.filter((p) => p.field === k).map((p) => t(p.key, { ...p.params }));
  const apply = () => {
    if (!built.ok) return;
    const { draft } = store.getState();
    const edit = addOp(draft, asArray(draft.ops).length - 1, built.value);
    store.getState().replace(edit.draft, edit.selectedOp);
  };
  return (
    <section className="sed-panel sed-raid" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('raid.heading')}</h3>
      <p className="sed-hint">{t('raid.hint')}</p>
      <div className="sed-grid-4">
        {FIELDS.map((key) => (
          <NumberInput
            key={key}
            id={`${idBase}-${key}`}
            label={t(`raid.fields.${key}`)}
            value={input[key]}
            messages={problems(key)}
            onValue={(v) => setInput({ ...input, [key]: v })}
          />
        ))}
      </div>
      <p className="sed-preview" aria-live="polite">
        {built.ok
          ? t('raid.bio', {
              sector: built.value.sector,
              bvecs: built.value.bvecs.map(pageRange).join(' '),
            })
          : t('raid.fix')}
      </p>
      <ActionButton disabled={!built.ok} onClick={apply} className="sed-primary">
        {t('raid.apply')}
      </ActionButton>
    </section>
  );
}
