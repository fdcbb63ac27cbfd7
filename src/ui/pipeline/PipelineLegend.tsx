// The pipeline's legend, as real text with a swatch drawn exactly like the cells it explains:
// colours are never the only cue, so each entry names its pattern or glyph too.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellPaint } from '../../viz/palette';
import { grantCellPaint, laneCellPaint, segmentFill } from '../../viz/palette';
import { PatternDefs, patternId } from './PatternDefs';

const SW = 22;
const SH = 14;

function Swatch({ paint, prefix }: { readonly paint: CellPaint; readonly prefix: string }) {
  return (
    <svg width={SW} height={SH} aria-hidden="true" className="pv-swatch">
      <g className={`pv-cell ${paint.className}`}>
        <rect width={SW} height={SH} fill={paint.fill} />
        {paint.pattern && (
          <rect width={SW} height={SH} fill={`url(#${patternId(prefix, paint.pattern)})`} />
        )}
        {paint.glyph && (
          <text
            x={SW / 2}
            y={SH / 2}
            dy="0.35em"
            textAnchor="middle"
            className="pv-glyph"
            fontSize="11"
          >
            {paint.glyph}
          </text>
        )}
      </g>
    </svg>
  );
}

const lane = (kind: Parameters<typeof laneCellPaint>[0]['kind']) =>
  laneCellPaint({ kind, corruptBytes: 0, fresh: false, code: kind });

/** Legend for the pipeline view's colours, patterns and glyphs. */
export function PipelineLegend() {
  const { t } = useTranslation('pipeline');
  const prefix = `pvl${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <div className="pv-legend" aria-label={t('legend.group')} role="group">
      <svg width="0" height="0" aria-hidden="true" className="pv-legend-defs">
        <PatternDefs prefix={prefix} />
      </svg>
      <ul>
        <li>
          <span className="pv-swatch-row" aria-hidden="true">
            {[0, 1, 2, 3].map((k) => (
              <svg key={k} width={10} height={SH} className="pv-swatch">
                <rect width={10} height={SH} fill={segmentFill(k)} />
              </svg>
            ))}
          </span>
          {t('legend.grantData')}
        </li>
        <li>
          <Swatch
            paint={grantCellPaint({ kind: 'stale', request: 0, fresh: false, code: 's' })}
            prefix={prefix}
          />
          {t('legend.stale')}
        </li>
        <li>
          <Swatch
            paint={grantCellPaint({ kind: 'uninit', fresh: false, code: 'u' })}
            prefix={prefix}
          />
          {t('legend.uninit')}
        </li>
        <li>
          <svg width={SW} height={SH} aria-hidden="true" className="pv-swatch">
            <path d={`M2,${SH - 3}v-5H${SW - 2}v5`} className="pv-marker" />
          </svg>
          {t('legend.backend')}
        </li>
        <li>
          <Swatch paint={lane('pending')} prefix={prefix} />
          {t('legend.pending')}
        </li>
        <li>
          <Swatch paint={lane('right')} prefix={prefix} />
          {t('legend.right')}
        </li>
        <li>
          <Swatch paint={lane('misdirected')} prefix={prefix} />
          {t('legend.misdirected')}
        </li>
        <li>
          <Swatch paint={lane('corrupt')} prefix={prefix} />
          {t('legend.corrupt')}
        </li>
        <li>
          <svg width={SW} height={SH} aria-hidden="true" className="pv-swatch">
            <rect width={SW} height={SH} className="pv-legend-ribbon-right" />
          </svg>
          {t('legend.ribbonRight')}
        </li>
        <li>
          <svg width={SW} height={SH} aria-hidden="true" className="pv-swatch">
            <rect width={SW} height={SH} className="pv-legend-ribbon-wrong" />
            <rect width={SW} height={SH} fill={`url(#${patternId(prefix, 'wrong')})`} />
          </svg>
          {t('legend.ribbonWrong')}
        </li>
        <li className="pv-legend-hint">{t('legend.hint')}</li>
      </ul>
    </div>
  );
}
