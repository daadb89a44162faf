import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/app-origin';
import {
  permissionCheckHandler,
  permissionRequestHandler,
  shouldBlockNavigation,
  windowOpenHandler,
} from '../../../main/navigation-guards';

describe('navigation guards', () => {
  it('keeps navigation on the app origin', () => {
    expect(shouldBlockNavigation('app://ctai/index.html#/dossiers')).toBe(false);
    expect(shouldBlockNavigation('https://www.interieur.gouv.fr/')).toBe(true);
    expect(shouldBlockNavigation('file:///etc/passwd')).toBe(true);
    expect(shouldBlockNavigation('app://other/index.html')).toBe(true);
    expect(shouldBlockNavigation('not a url')).toBe(true);
  });

  it('denies new windows and every permission', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    permissionRequestHandler(null, 'media', (value) => (granted = value));
    expect(granted).toBe(false);
    expect(permissionCheckHandler()).toBe(false);
  });

  it('allows WebAssembly but not eval in the content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
