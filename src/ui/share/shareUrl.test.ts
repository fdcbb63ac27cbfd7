import { describe, expect, it } from 'vitest';
import { shareUrl } from './shareUrl';

describe('shareUrl', () => {
  it('puts the fragment on the page address, replacing any fragment there', () => {
    expect(shareUrl('v=1&p=raid-stripe', 'https://example.org/sgx/#v=1&p=parted-gpt&step=3')).toBe(
      'https://example.org/sgx/#v=1&p=raid-stripe',
    );
    expect(shareUrl('v=1&p=raid-stripe', 'http://127.0.0.1:4173/')).toBe(
      'http://127.0.0.1:4173/#v=1&p=raid-stripe',
    );
  });

  it('drops the query: a shared link opens the full explorer', () => {
    expect(shareUrl('v=1&s=abc_-', 'https://example.org/sgx/index.html?embed=1#x')).toBe(
      'https://example.org/sgx/index.html#v=1&s=abc_-',
    );
  });
});
