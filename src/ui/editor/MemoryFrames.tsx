// Optional page-frame overrides (`memory.pages`): which pfn and mfn a process page has, for
// what-ifs where pages are (or are not) physically or machine-contiguous under Xen PV.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { err, ok } from '../../lib/result';
import { MAX_PAGES } from '../../model/scenario/limits';
import { ActionButton } from './ActionButton';
import { DraftNumberField } from './DraftFields';
import { useDraftStore, useDraftValue, useFieldId, useIssues } from './EditorContext';
import { FieldMessages } from './Field';
import { asRecord, type JsonObject } from './jsonTree';
import { NumberInput } from './NumberInput';
import { parseAddress, problem } from './parseNumber';

// Field names of the scenario format (Xen's frame numbers): identifiers, the same in every language.
const PFN = 'pfn';
const MFN = 'mfn';

/** The same record with one key renamed, in place (so rows keep their order). */
const renameKey = (rec: JsonObject, from: string, to: string): JsonObject =>
  Object.fromEntries(Object.entries(rec).map(([k, v]) => [k === from ? to : k, v]));

/** The page-frame override table. */
export function MemoryFrames() {
  const { t } = useTranslation('editor');
  const store = useDraftStore();
  const pages = asRecord(useDraftValue(['memory', 'pages']));
  const keys = Object.keys(pages);
  const headingId = useId();
  const setPages = (next: JsonObject) => store.getState().set(['memory', 'pages'], next);
  const free = () => {
    let p = 0;
    while (keys.includes(String(p))) p += 1;
    return p;
  };
  return (
    <section className="sed-panel sed-memory" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('memory.heading')}</h3>
      <p className="sed-hint">{t('memory.hint')}</p>
      {/* Rows are keyed by position: renaming a page must not remount (and unfocus) its row. */}
      {keys.map((key, i) => (
        <FrameRow
          key={i}
          pageKey={key}
          taken={keys}
          onRename={(to) => setPages(renameKey(pages, key, to))}
          onRemove={() => {
            const { [key]: _gone, ...rest } = pages;
            setPages(rest);
          }}
        />
      ))}
      <ActionButton
        disabled={keys.length >= MAX_PAGES}
        onClick={() => setPages({ ...pages, [free()]: { pfn: free(), mfn: free() } })}
      >
        {t('memory.add')}
      </ActionButton>
    </section>
  );
}

/** Props of FrameRow. */
interface FrameRowProps {
  readonly pageKey: string;
  readonly taken: readonly string[];
  readonly onRename: (key: string) => void;
  readonly onRemove: () => void;
}

/** One override: page index, pfn, mfn. */
function FrameRow({ pageKey, taken, onRename, onRemove }: FrameRowProps) {
  const { t } = useTranslation('editor');
  const path = ['memory', 'pages', pageKey] as const;
  const rowId = useFieldId(path);
  // Every row shows the same short labels; screen readers also hear which page the row is.
  const ofPage = (
    <span className="sed-visually-hidden">{t('memory.ofPage', { page: pageKey })}</span>
  );
  const parsePage = (t: string) => {
    const n = parseAddress(t);
    if (!n.ok) return n;
    if (n.value >= MAX_PAGES) return err(problem('parse.below', { max: MAX_PAGES }));
    return String(n.value) !== pageKey && taken.includes(String(n.value))
      ? err(problem('parse.pageTaken', { page: n.value }))
      : ok(n.value);
  };
  return (
    <div className="sed-row sed-frame" id={rowId} tabIndex={-1}>
      <NumberInput
        id={`${rowId}-page`}
        label={t('memory.page')}
        value={Number(pageKey)}
        messages={[]}
        parse={parsePage}
        keepsRawText={false}
        onValue={(n) => onRename(String(n))}
      />
      <DraftNumberField
        path={[...path, 'pfn']}
        label={
          <>
            {PFN}
            {ofPage}
          </>
        }
        placeholder={pageKey}
      />
      <DraftNumberField
        path={[...path, 'mfn']}
        label={
          <>
            {MFN}
            {ofPage}
          </>
        }
        placeholder={t('memory.mfnPlaceholder')}
      />
      <ActionButton
        label={t('memory.remove', { page: pageKey })}
        onClick={onRemove}
        className="sed-icon"
      >
        ✕
      </ActionButton>
      <FieldMessages id={`${rowId}-issues`} messages={useIssues(`memory.pages.${pageKey}`)} />
    </div>
  );
}
