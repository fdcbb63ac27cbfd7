// The RAID stripe helper: from a stripe unit and the user's read within it, the bio a RAID layer
// submits (scratch S1, the user's page U, scratch S2), appended to the ops as an explicit
// bio_vec op. The inputs are the helper's own; nothing reaches the draft until "Apply RAID stripe".
import { useId, useState } from 'react';
import { pageRange } from '../format';
import { ActionButton } from './ActionButton';
import { useDraftKernel, useDraftStore } from './EditorContext';
import { asArray } from './jsonTree';
import { NumberInput } from './NumberInput';
import { addOp } from './opActions';
import { buildRaidStripeOp, RAID_STRIPE_DEFAULTS, type RaidStripeInput } from './raidStripe';

const FIELDS: readonly (readonly [keyof RaidStripeInput, string])[] = [
  ['stripeUnit', 'Stripe unit (bytes)'],
  ['userOffset', 'User offset in stripe'],
  ['userLength', 'User length'],
  ['bufferPageOffset', 'Buffer page offset'],
  ['scratchBefore', 'Scratch page S1'],
  ['userPage', 'User page U'],
  ['scratchAfter', 'Scratch page S2'],
  ['sector', 'Stripe sector'],
];

/** The helper's inputs, preview and "Apply RAID stripe" button. */
export function RaidStripeHelper() {
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
    built.ok ? [] : built.error.filter((p) => p.field === k).map((p) => p.message);
  const apply = () => {
    if (!built.ok) return;
    const { draft } = store.getState();
    const edit = addOp(draft, asArray(draft.ops).length - 1, built.value);
    store.getState().replace(edit.draft, edit.selectedOp);
  };
  return (
    <section className="sed-panel sed-raid" aria-labelledby={headingId}>
      <h3 id={headingId}>RAID stripe helper</h3>
      <p className="sed-hint">
        A RAID layer serving a small O_DIRECT read fetches the whole stripe unit in one bio: its
        scratch page S1, the user&rsquo;s page U, scratch page S2.
      </p>
      <div className="sed-grid-4">
        {FIELDS.map(([key, label]) => (
          <NumberInput
            key={key}
            id={`${idBase}-${key}`}
            label={label}
            value={input[key]}
            messages={problems(key)}
            onValue={(v) => setInput({ ...input, [key]: v })}
          />
        ))}
      </div>
      <p className="sed-preview" aria-live="polite">
        {built.ok
          ? `Bio at sector ${built.value.sector}: ${built.value.bvecs.map(pageRange).join(' ')}`
          : 'Fix the inputs above to build the bio.'}
      </p>
      <ActionButton disabled={!built.ok} onClick={apply} className="sed-primary">
        Apply RAID stripe
      </ActionButton>
    </section>
  );
}
