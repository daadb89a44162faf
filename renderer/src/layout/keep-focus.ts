// The keyboard focus never falls to the page when what held it disappears or is disabled: a
// deleted budget year, an action removed, a button replaced by the next step's form, the undo
// button once nothing is left to undo. The browser then focuses <body>,
// and a keyboard or screen-reader user starts again from the top. The focus goes instead to the
// nearest part of the page still there that held the element (WAI-ARIA Authoring Practices,
// « Developing a Keyboard Interface »: keep the focus on or near what was removed).

/** An element that held the focus, or one of its ancestors, with its place among its parent's children then. */
interface ChainLink {
  element: Element;
  position: number;
}

/** The element that last had the focus, then its ancestors, innermost first, as they were then. */
let lastChain: ChainLink[] = [];

/** The element and its ancestors (with their places) as they are now: what `focusNear` is given to find its way back. */
export function focusChain(element: Element | null): ChainLink[] {
  const chain: ChainLink[] = [];
  for (let node = element; node && node !== document.body; node = node.parentElement)
    chain.push({ element: node, position: node.parentElement ? [...node.parentElement.children].indexOf(node) : 0 });
  return chain;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Whether `element` is a control shown and not disabled. */
function takesFocus(element: Element): boolean {
  return element.matches(FOCUSABLE) && element.getClientRects().length > 0;
}

/** `element` if it takes the focus, else the first control shown inside it, else null. */
function firstFocusable(element: Element): HTMLElement | null {
  if (takesFocus(element)) return element as HTMLElement;
  return [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].find(takesFocus) ?? null;
}

/**
 * Where the focus goes when the part of the page holding it went: what now stands in its place
 * (the next budget year, the next action, moved up), else the part before it, each at its first
 * control; else the nearest part still there that held it. The first still connected of `chain`
 * is that part; the link below it is what was removed, with its place then (a list that draws
 * its items again, on new keys, has new elements there: the place finds them).
 */
function placeNear(chain: readonly ChainLink[]): Element | undefined {
  // The element itself must still take the focus (a button now disabled does not); the parts
  // that held it need only be there.
  const index = chain.findIndex((link, at) => link.element.isConnected && (at > 0 || takesFocus(link.element)));
  if (index < 0) return undefined;
  const container = chain[index]!.element;
  const removed = chain[index - 1];
  if (removed) {
    const { children } = container;
    for (const sibling of [children[removed.position], children[Math.min(removed.position, children.length) - 1]]) {
      const target = sibling && firstFocusable(sibling);
      if (target) return target;
    }
  }
  return container;
}

/**
 * Focuses the part of the page nearest to what `chain` (an element, then its ancestors, as
 * `focusChain` took them) held: the element itself if still there, else placeNear's. A part
 * that cannot take the focus is made focusable by script only (tabindex -1). Returns whether it
 * did.
 */
export function focusNear(chain: readonly ChainLink[]): boolean {
  const anchor = placeNear(chain);
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
    // Still there and usable: the agent clicked elsewhere on the page, and the focus left on purpose.
    if (!focused || (focused.element.isConnected && takesFocus(focused.element))) return;
    focusNear(lastChain);
    // A button disabled once used (« Rien à annuler » after the last undo) drops the focus too.
  }).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden'],
  });
}
