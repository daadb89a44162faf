// Links out of the app: only http(s), and only after the agent has confirmed, in the system
// browser. Everything else (file:, javascript:, custom schemes) is refused without asking.
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export interface ExternalLinkDeps {
  confirm: (url: string) => Promise<boolean>;
  openExternal: (url: string) => Promise<void>;
}

export function createExternalLinkOpener(deps: ExternalLinkDeps) {
  return async function openExternalLink(url: string): Promise<boolean> {
    if (!isWebLink(url)) return false;
    if (!(await deps.confirm(url))) return false;
    await deps.openExternal(url);
    return true;
  };
}
