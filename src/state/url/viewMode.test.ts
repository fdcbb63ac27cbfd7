import { describe, expect, it } from 'vitest';
import { viewModeFrom } from './viewMode';

describe('viewModeFrom', () => {
  it('finds embed=1 in the query or the fragment', () => {
    expect(viewModeFrom('?embed=1', '#v=1&p=raid-stripe')).toBe('embed');
    expect(viewModeFrom('?lang=en&embed=1', '')).toBe('embed');
    expect(viewModeFrom('', '#v=1&p=raid-stripe&embed=1')).toBe('embed');
    expect(viewModeFrom('?embed', '')).toBe('embed');
  });

  it('ignores anything else', () => {
    expect(viewModeFrom('', '')).toBeUndefined();
    expect(viewModeFrom('?embed=0', '#v=1&p=embed')).toBeUndefined();
    expect(viewModeFrom('?notembed=1', '#embedded=1')).toBeUndefined();
  });
});
