// The hex view and the provenance panel side by side: one module so the explorer can load both
// lazily (they sit below the fold and are not needed for the first paint).
import { HexView } from './HexView';
import { ProvenancePanel } from './ProvenancePanel';

/** Hex view plus byte provenance. */
export default function HexPanes() {
  return (
    <div className="explorer-hex">
      <HexView />
      <ProvenancePanel />
    </div>
  );
}
