// The presets gallery: one card per preset with its title, a one-line teaser, a thumbnail of its
// most interesting READ and which versions read it wrong, and a button that opens it. The card of
// the scenario on screen is marked aria-current. Works as a landing grid or in a narrow column
// (the layout follows the gallery's own width through a container query).
import { Fragment } from 'react';
import { PRESETS } from '../../model';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { ProseWithCode } from '../ProseWithCode';
import { presetCard, type PresetCard } from './presetCards';
import { PresetThumbnail } from './PresetThumbnail';
import './gallery.css';

const VERDICT_HINT =
  '✗: this completion copy takes some bytes from the wrong grant page (or hits a kernel BUG); ✓: it reads everything right';

/** Props of GalleryCard: the card data, whether it is on screen, and how to open it. */
interface GalleryCardProps {
  readonly card: PresetCard;
  readonly current: boolean;
  readonly onOpen: () => void;
}

/** One preset's card. */
function GalleryCard({ card, current, onOpen }: GalleryCardProps) {
  const headingId = `gallery-${card.id}`;
  return (
    <li
      className={`gallery-card${current ? ' is-current' : ''}`}
      aria-current={current ? 'true' : undefined}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="gallery-title" title={card.title}>
        {card.title}
      </h3>
      <div className="gallery-thumb">
        {card.preview ? (
          <PresetThumbnail preview={card.preview} />
        ) : (
          <p className="gallery-thumb-empty">No READ request to preview</p>
        )}
      </div>
      {card.teaser && (
        <p className="gallery-teaser">
          <ProseWithCode text={card.teaser} />
        </p>
      )}
      {card.issues ? (
        <p className="gallery-issues">
          Does not load: {card.issues[0]?.path}: {card.issues[0]?.message}
        </p>
      ) : (
        <p className="gallery-verdict" title={VERDICT_HINT}>
          {card.verdict.map((v, i) => (
            <Fragment key={v.version}>
              {/* Chips wrap between versions; the separator stays in the text for readers. */}
              {i > 0 && <span className="gallery-vh"> · </span>}
              <span className={`gallery-chip ${v.wrong ? 'is-wrong' : 'is-right'}`}>
                {v.version} {v.wrong ? '✗' : '✓'}
              </span>
            </Fragment>
          ))}
        </p>
      )}
      <div className="gallery-actions">
        <button type="button" className="gallery-open" onClick={onOpen}>
          Open<span className="gallery-vh"> {card.title}</span>
        </button>
        {current && <span className="gallery-badge">Showing now</span>}
      </div>
    </li>
  );
}

/** The gallery of presets (no props: it reads and drives the explorer store). */
export function PresetGallery() {
  const store = useExplorerStore();
  const presetId = useExplorer((s) => s.presetId);
  return (
    <div className="gallery">
      <ul className="gallery-grid" aria-label="Presets">
        {PRESETS.map((p) => (
          <GalleryCard
            key={p.id}
            card={presetCard(p)}
            current={p.id === presetId}
            onOpen={() => store.getState().loadPreset(p.id)}
          />
        ))}
      </ul>
    </div>
  );
}
