// "Theme: System / Light / Dark", a small segmented radio group in the header (words: the reach
// namespace, theme.*). Radios (not a select) so each choice is one click or tap and arrow keys
// move between them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_CHOICES } from './themeChoice';
import { useThemeChoice } from './useThemeChoice';
import './theme.css';

/** The theme switch (no props: the choice lives in localStorage, not in the explorer store). */
export function ThemeSwitch() {
  const { t } = useTranslation('reach');
  const [choice, choose] = useThemeChoice();
  const name = `theme-${useId()}`;
  return (
    <fieldset className="theme-switch">
      <legend>{t('theme.legend')}</legend>
      {THEME_CHOICES.map((c) => (
        <label key={c} className={c === choice ? 'is-chosen' : undefined}>
          <input
            type="radio"
            name={name}
            value={c}
            checked={c === choice}
            onChange={() => choose(c)}
          />
          {t(`theme.choices.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}
