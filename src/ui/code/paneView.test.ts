import { describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate, type Simulation } from '../../model';
import { paneView } from './paneView';

function preset(id: string): Simulation {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value, { trace: true });
}

describe('paneView', () => {
  const sim = preset('d62-commit-example');

  it("shows the focused version's completion listing at a completion copy", () => {
    const view = paneView(sim, 11, 'd62f69185');
    expect(view.listing.id).toBe('completion-d62f69185');
    expect(view.line).toBe('memcpy');
    expect(view.also).toEqual(['back', 'inc']);
    expect(view.note).toBeNull();
  });

  it('shows the queue listing for queue-side steps whatever the focus', () => {
    expect(paneView(sim, 3, 'b7649158')).toMatchObject({ line: 'map.set', note: null });
    expect(paneView(sim, 3, 'b7649158').listing.id).toBe('queue');
  });

  it('keeps the listing the reader was in when no line runs, and says why', () => {
    const start = paneView(sim, 0, '0a8704a51');
    expect(start.listing.id).toBe('queue');
    expect(start.line).toBeNull();
    expect(start.note).toMatch(/syscall starts/);
    const done = paneView(sim, 13, '0a8704a51');
    expect(done.listing.id).toBe('completion-0a8704a51');
    expect(done.line).toBeNull();
    expect(paneView(sim, 14, 'b7649158').listing.id).toBe('completion-b7649158');
  });
});
