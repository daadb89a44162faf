// The keyboard focus never falls to the page when what held it disappears: a deleted budget year,
// an action removed, a button replaced by the next step's form. The browser then focuses <body>,
// and a keyboard or screen-reader user starts again from the top. The focus goes instead to the
// nearest part of the page still there that held the element (WAI-ARIA Authoring Practices,
// « Developing a Keyboard Interface »: keep the focus on or near what was removed).

/** The element that last had the focus, then its ancestors, innermost first, as they were then. */
let lastChain: Element[] = [];

/** The element and its ancestors as they are now: what `focusNear` is given to find its way back. */
export function focusChain(element: Element | null): Element[] {
  const chain: Element[] = [];
  for (let node = element; node && node !== document.body; node = node.parentElement) chain.push(node);
  return chain;
}

/**
 * Focuses the nearest element of `chain` (an element, then its ancestors, as `focusChain` took
 * them) still in the page: the element itself, or the part of the page that held it. A part that
 * cannot take the focus is made focusable by script only (tabindex -1). Returns whether it did.
 */
export function focusNear(chain: readonly Element[]): boolean {
  const anchor = chain.find((element) => element.isConnected);
  if (!(anchor instanceof HTMLElement)) return false;
  if (anchor.tabIndex < 0 && !anchor.hasAttribute('tabindex')) {
    anchor.setAttribute('tabindex', '-1');
    anchor.addEventListener('blur', () => anchor.removeAttribute('tabindex'), { once: true });
  }
  // Not scrolled to when any of it shows: the page stays where the agent was working.
  const box = anchor.getBoundingClientRect();
  const shown = box.bottom > 0 && box.top < window.innerHeight;
  anchor.focus({ preventScroll: shown });
  return document.activeElement === anchor;
}

/** Starts following the focus for the whole page (once, at start-up). */
export function keepFocus(): void {
  document.addEventListener('focusin', (event) => {
    lastChain = focusChain(event.target as Element);
  });
  // Removing the focused element fires no blur in Chromium: its removal is seen as the page changes.
  new MutationObserver(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const [focused] = lastChain;
    // Still there: the agent clicked elsewhere on the page, and the focus left on purpose.
    if (!focused || focused.isConnected) return;
    focusNear(lastChain);
  }).observe(document.body, { childList: true, subtree: true });
}
