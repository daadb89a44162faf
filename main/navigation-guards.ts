// Handlers that keep the window on the app's own pages: no navigation away, no new window,
// no permission (camera, notifications, geolocation…) granted to any page.
import { isAppUrl } from './app-origin';

export function shouldBlockNavigation(targetUrl: string): boolean {
  return !isAppUrl(targetUrl);
}

export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Still no new window; a web link is handed to `openLink`, which asks before opening the browser. */
export function windowOpenHandlerWithLinks(openLink: (url: string) => void) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    openLink(url);
    return { action: 'deny' };
  };
}

export function permissionRequestHandler(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function permissionCheckHandler(): boolean {
  return false;
}
