// "parted": per version, what `parted /dev/xvdb unit s print` concludes from the bytes the process
// read (the model's partedPrint), as a small terminal card (the command, then what parted prints:
// its error in parted's "Error: ..." form, or the partition table) and, under it, the explanation
// from the bytes (which entry, which fields, at which offsets). When no version reads a GPT (the
// verdicts are all 'unrecognised' or 'incomplete'), one quiet line says so instead of three cards.
import type { TFunction } from 'i18next';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_IDS, type VersionId } from '../../model';
// The symptoms sub-API directly (not the model index), so its code stays in this lazy chunk.
import { DEVICE_PATH, partedPrint, type PartedVerdict } from '../../model/symptoms';
import type { Message } from '../../model/narration';
import { selectFocus, selectSim } from '../../state/explorerStore';
import { useExplorer } from '../../state/StoreContext';
import { usePartedReason } from './partedReason';

/** The command each card shows; `unit s` because the table is printed in exact sectors. */
export const PARTED_COMMAND = `parted ${DEVICE_PATH} unit s print`;

/** What parted prints for a verdict, line by line (nothing for 'incomplete'). */
export function partedOutput(v: PartedVerdict): readonly string[] {
  switch (v.kind) {
    case 'table':
      return v.lines;
    case 'error':
    case 'unrecognised':
      // libparted's exception handler in the parted CLI prefixes the type: "Error: ...".
      return [`Error: ${v.message}`];
    case 'incomplete':
      return [];
  }
}

/**
 * The sentence under a card: how the bytes led to the verdict. A failure's is the model's message
 * (`reason`) in the page's language; a table's is worded here from the entries and the CRC.
 */
function explanationOf(
  v: PartedVerdict,
  t: TFunction<'symptoms'>,
  reasonText: (reason: Message) => string,
): string {
  if (v.kind !== 'table') return reasonText(v.reason);
  const n = v.entries.length;
  return t('parted.table.sentence', {
    entries: n === 0 ? t('parted.table.noEntry') : t('parted.table.entries', { count: n }),
    table: t(n === 0 ? 'parted.table.emptyTable' : 'parted.table.aTable'),
    crc: t(v.entryArrayCrc.matches ? 'parted.table.crcMatches' : 'parted.table.crcMismatch'),
  });
}

/** A verdict's identity, to show one card for versions that agree. */
const verdictKey = (v: PartedVerdict): string => `${v.kind}|${partedOutput(v).join('\n')}`;

/** The parted block: one card per distinct verdict, or one quiet line. */
export function PartedCards() {
  const sim = useExplorer(selectSim);
  const focus = useExplorer(selectFocus);
  const { t } = useTranslation('symptoms');
  const reasonText = usePartedReason();
  const headingId = useId();
  const verdicts = useMemo(() => {
    const out = {} as Record<VersionId, PartedVerdict>;
    for (const v of VERSION_IDS) out[v] = partedPrint(sim, v);
    return out;
  }, [sim]);
  const meaningful = VERSION_IDS.some((v) => ['table', 'error'].includes(verdicts[v].kind));
  // Versions grouped by identical output, in version order.
  const groups: { versions: VersionId[]; verdict: PartedVerdict }[] = [];
  for (const v of VERSION_IDS) {
    const same = groups.find((g) => verdictKey(g.verdict) === verdictKey(verdicts[v]));
    if (same) same.versions.push(v);
    else groups.push({ versions: [v], verdict: verdicts[v] });
  }
  return (
    <section className="symptom-block symptom-parted" aria-labelledby={headingId}>
      <h3 id={headingId}>
        parted <span className="symptom-cmd">{PARTED_COMMAND}</span>
      </h3>
      {!meaningful ? (
        <p className="symptom-quiet">
          {t('parted.notGpt', { explanation: explanationOf(verdicts[focus], t, reasonText) })}
        </p>
      ) : (
        <div className="parted-cards">
          {groups.map((g) => (
            <PartedCard
              key={g.versions.join()}
              versions={g.versions}
              verdict={g.verdict}
              focused={g.versions.includes(focus)}
            />
          ))}
        </div>
      )}
    </section>
  );
}

/** One card: which versions, the terminal, the explanation. */
function PartedCard({
  versions,
  verdict,
  focused,
}: {
  versions: readonly VersionId[];
  verdict: PartedVerdict;
  focused: boolean;
}) {
  const ids = useId();
  const { t } = useTranslation('symptoms');
  const reasonText = usePartedReason();
  const output = partedOutput(verdict);
  const failed = verdict.kind === 'error' || verdict.kind === 'unrecognised';
  return (
    <article
      className={`parted-card${failed ? ' is-failed' : ''}${focused ? ' is-focus' : ''}`}
      aria-labelledby={`${ids}-h`}
    >
      <h4 id={`${ids}-h`}>
        {versions.join(', ')}
        <span className="parted-verdict">
          {failed ? t('parted.fails') : verdict.kind === 'table' ? t('parted.tableRead') : ''}
        </span>
      </h4>
      <pre
        className="parted-term"
        aria-label={t('parted.terminal', { versions: versions.join(', ') })}
      >
        <span className="parted-prompt" aria-hidden="true">
          #{' '}
        </span>
        {PARTED_COMMAND}
        {'\n'}
        {output.map((line, i) =>
          line.startsWith('Error: ') ? (
            <strong key={i} className="parted-error">
              {line}
              {'\n'}
            </strong>
          ) : (
            `${line}\n`
          ),
        )}
      </pre>
      <p className="parted-explain">{explanationOf(verdict, t, reasonText)}</p>
    </article>
  );
}
