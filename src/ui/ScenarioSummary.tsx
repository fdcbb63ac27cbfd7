// The chosen scenario's title and description, and where its file lives.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ProseWithCode } from './ProseWithCode';

/** Props of ScenarioSummary: the scenario's title, optional description, and source file. */
export interface ScenarioSummaryProps {
  readonly title: string;
  readonly description: string | undefined;
  readonly file: string;
}

/** Heading and prose for the chosen scenario. */
export function ScenarioSummary({ title, description, file }: ScenarioSummaryProps) {
  const headingId = useId();
  const { t } = useTranslation();
  return (
    <section className="scenario" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {description && (
        <p className="scenario-description">
          <ProseWithCode text={description} />
        </p>
      )}
      <p className="scenario-file">
        {t('scenario.file')} <code>{file}</code>
      </p>
    </section>
  );
}
