// A preset's thumbnail: bio_vec boxes over process page cells, and one mini lane per version in
// which a wrong bio_vec is a full-height block and a right one a thin bar (shape, not only colour).
import type { PresetPreview } from '../../viz/presetPreview';
import { describePreview } from '../../viz/presetPreview';
import './thumbnail.css';

/** Props of PresetThumbnail: the geometry from presetPreview(). */
export interface PresetThumbnailProps {
  readonly preview: PresetPreview;
}

/** The SVG thumbnail, scaled by CSS to its card; its label says what it shows. */
export function PresetThumbnail({ preview: p }: PresetThumbnailProps) {
  return (
    <svg
      className="gallery-thumb-svg"
      viewBox={`0 0 ${p.width} ${p.height}`}
      role="img"
      aria-label={describePreview(p)}
    >
      {p.pages.map((r) => (
        <rect
          key={`p${r.page}`}
          className="gt-page"
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
        />
      ))}
      {p.bvecs.map((r) => (
        <rect
          key={`b${r.bvec}`}
          className="gt-bvec"
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
        />
      ))}
      {p.more &&
        [-3, 0, 3].map((dx) => (
          <circle key={dx} className="gt-more" cx={p.more!.x + dx} cy={p.more!.y} r={0.9} />
        ))}
      {p.lanes.map((lane) => (
        <g key={lane.version} className={`gt-lane gt-lane-${lane.status}`}>
          <rect className="gt-track" {...lane.track} />
          {lane.marks.map((m) => (
            <rect
              key={m.bvec}
              className={m.wrong ? 'gt-wrong' : 'gt-right'}
              x={m.x}
              y={m.y}
              width={m.width}
              height={m.height}
            />
          ))}
        </g>
      ))}
    </svg>
  );
}
