// The presentation's code strip: the focused version's executing statement and the statements
// that decided it, large enough to read from the back of a room. Its height is reserved, so the
// pipeline above does not jump when no line runs.
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../state/StoreContext';
import { presentCode } from './codeLines';

/** The focused version's current code line(s) (no props: it reads the explorer store). */
export function PresentCode() {
  const sim = useExplorer((s) => s.run.sim);
  const step = useExplorer((s) => s.step);
  const focus = useExplorer((s) => s.focus);
  const code = useMemo(() => presentCode(sim, step, focus), [sim, step, focus]);
  const { t } = useTranslation();
  return (
    <section className="present-code" aria-label={t('present.code')}>
      {code ? (
        <>
          <p className="present-code-title">{code.title}</p>
          <ol className="present-code-lines">
            {code.lines.map((line, i) => (
              <li
                key={i}
                className={line.current ? 'is-current' : undefined}
                aria-current={line.current ? 'step' : undefined}
              >
                {/* Break only between tokens: never inside "bvec->bv_offset". */}
                <code>
                  {line.text.split(' ').map((token, k) => (
                    <Fragment key={k}>
                      {k > 0 && ' '}
                      <span className="present-code-token">{token}</span>
                    </Fragment>
                  ))}
                </code>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="present-code-title">{t('present.noLine')}</p>
      )}
    </section>
  );
}
