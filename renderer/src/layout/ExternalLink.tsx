// A link out of the app: opened by the platform, which asks first (and, on the desktop, refuses
// anything but http and https).
import type { ReactNode } from 'react';
import { platform } from '../../platform';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={`${typeof children === 'string' ? children : 'Lien'} — nouvelle fenêtre, demande une connexion à Internet`}
      onClick={(event) => {
        event.preventDefault();
        void platform.openLink(href);
      }}
    >
      {children}
    </a>
  );
}
