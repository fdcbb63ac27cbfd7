// One counterexample as the results show it: the page-strip thumbnail, the bio_vecs in words, what
// went wrong, and "Load in explorer" (which opens it at the version's first wrong copy).
import { useTranslation } from 'react-i18next';
import type { VersionId } from '../../model';
import { formatBvecs, type Counterexample, type SearchSpace } from '../../model/search';
import { useExplorerStore } from '../../state/StoreContext';
import { PresetThumbnail } from '../gallery/PresetThumbnail';
import { counterexampleView } from './counterexamplePreview';
import { loadInExplorer } from './loadInExplorer';

/** Props of CounterexampleCell. */
export interface CounterexampleCellProps {
  readonly example: Counterexample;
  readonly space: SearchSpace;
  /** The version the explorer focuses when it is loaded. */
  readonly version: VersionId;
  /** Says which counterexample the Load button opens, for its accessible name. */
  readonly what: string;
  readonly onLoaded: () => void;
}

/** Thumbnail, layout text, verdict and the Load button. */
export function CounterexampleCell({
  example,
  space,
  version,
  what,
  onLoaded,
}: CounterexampleCellProps) {
  const explorer = useExplorerStore();
  const { t } = useTranslation('search');
  const view = counterexampleView(example, space);
  const n = example.bvecs.length;
  return (
    <div className="search-example">
      {view.preview && (
        <div className="search-example-thumb">
          <PresetThumbnail preview={view.preview} />
        </div>
      )}
      <div className="search-example-text">
        <code className="search-bvecs">{formatBvecs(example.bvecs)}</code>
        <span className="search-example-verdict">
          {t('example.verdict', {
            bvecs: t('example.bvecs', { count: n }),
            // The BUG text is the kernel's (BUG_ON(...)): quoted as it is in every language.
            what: example.bug
              ? t('example.bug', { bug: example.bug })
              : t('example.misdirected', { n: example.misdirectedBytes }),
          })}
        </span>
        <button
          type="button"
          className="search-load"
          onClick={() => {
            if (loadInExplorer(explorer, view.scenario, version)) onLoaded();
          }}
        >
          {t('example.load')}
          <span className="visually-hidden">{t('example.which', { what })}</span>
        </button>
      </div>
    </div>
  );
}
