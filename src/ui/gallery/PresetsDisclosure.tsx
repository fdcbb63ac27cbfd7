// The presets gallery behind a "Presets" disclosure, for the explorer header. The gallery (its
// thumbnails need one untraced simulation per preset) is a separate chunk, fetched and rendered
// the first time the disclosure opens, so a visitor who never opens it pays nothing.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './disclosure.css';

const PresetGallery = lazy(() =>
  import('./PresetGallery').then((m) => ({ default: m.PresetGallery })),
);

/** A closed-by-default "Presets" disclosure holding the gallery (no props). */
export function PresetsDisclosure() {
  const [opened, setOpened] = useState(false);
  const { t } = useTranslation();
  return (
    <details
      className="gallery-disclosure"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('toolbar.presets')}</summary>
      {opened && (
        <Suspense fallback={<p className="gallery-loading">{t('toolbar.presetsLoading')}</p>}>
          <PresetGallery />
        </Suspense>
      )}
    </details>
  );
}
