// The presets gallery: one card per preset with its title, a one-line teaser, a thumbnail of its
// most interesting READ and which versions read it wrong, and a button that opens it. The card of
// the scenario on screen is marked aria-current. Works as a landing grid or in a narrow column
// (the layout follows the gallery's own width through a container query).
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresetText } from '../../i18n/usePresetText';
import { PRESETS } from '../../model';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { ProseWithCode } from '../ProseWithCode';
import type { PresetText } from '../../i18n/presetText';
import { presetCard, type PresetCard } from './presetCards';
import { PresetThumbnail } from './PresetThumbnail';
import { teaser } from './teaser';
import './gallery.css';

/** Props of GalleryCard: the card data, whether it is on screen, and how to open it. */
interface GalleryCardProps {
  readonly card: PresetCard;
  readonly current: boolean;
  readonly onOpen: () => void;
}

/** One preset's card. */
function GalleryCard({ card, current, onOpen }: GalleryCardProps) {
  const headingId = `gallery-${card.id}`;
  const { t } = useTranslation();
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
          <p className="gallery-thumb-empty">{t('gallery.noPreview')}</p>
        )}
      </div>
      {card.teaser && (
        <p className="gallery-teaser">
          <ProseWithCode text={card.teaser} />
        </p>
      )}
      {card.issues ? (
        <p className="gallery-issues">
          {t('gallery.doesNotLoad')} {card.issues[0]?.path}: {card.issues[0]?.message}
        </p>
      ) : (
        <p className="gallery-verdict" title={t('gallery.verdictHint')}>
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
          {t('gallery.open')}
          <span className="gallery-vh"> {card.title}</span>
        </button>
        {current && <span className="gallery-badge">{t('gallery.showingNow')}</span>}
      </div>
    </li>
  );
}

/** A card with the preset's title and teaser in the interface language (English: unchanged). */
function localisedCard(card: PresetCard, text: PresetText, language: string): PresetCard {
  if (language === 'en') return card;
  return { ...card, title: text.title, teaser: teaser(text.description, TEASER_MAX_CJK_CHARS) };
}

/** Longest Chinese teaser: a Chinese character is about twice as wide as a Latin letter. */
const TEASER_MAX_CJK_CHARS = 60;

/** The gallery of presets (no props: it reads and drives the explorer store). */
export function PresetGallery() {
  const store = useExplorerStore();
  const presetId = useExplorer((s) => s.presetId);
  const { t, i18n } = useTranslation();
  const presetText = usePresetText();
  return (
    <div className="gallery">
      <ul className="gallery-grid" aria-label={t('toolbar.presets')}>
        {PRESETS.map((p) => (
          <GalleryCard
            key={p.id}
            card={localisedCard(presetCard(p), presetText(p), i18n.language)}
            current={p.id === presetId}
            onOpen={() => store.getState().loadPreset(p.id)}
          />
        ))}
      </ul>
    </div>
  );
}
