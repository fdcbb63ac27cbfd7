// The build's base path (vite.config.ts): relative by default so dist/ works from any sub-path;
// BASE_PATH overrides it, with the trailing slash Vite and the service worker scope need.
import { describe, expect, it } from 'vitest';
import { basePath } from '../vite.config';

describe('basePath', () => {
  it('is relative when BASE_PATH is unset or blank', () => {
    expect(basePath(undefined)).toBe('./');
    expect(basePath('')).toBe('./');
    expect(basePath('  ')).toBe('./');
  });

  it('uses BASE_PATH, adding a missing trailing slash', () => {
    expect(basePath('/sle/')).toBe('/sle/');
    expect(basePath('/sle')).toBe('/sle/');
    expect(basePath('/')).toBe('/');
  });
});
