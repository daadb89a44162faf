// After a form is refused, the agent goes on where the first refusal is: the focus moves to the
// first refused field of the form (in the page's order), whose message is under it. One rule for
// every form that shows its refusals with the design system's error state.
import { flushSync } from 'react-dom';

/** The design system's refused inputs, selects and text areas (Input / Select state="error"). */
const REFUSED = '.fr-input--error, .fr-select-group--error .fr-select';

/** Shows the refusals (`show` sets them) at once, then focuses the first refused field of `form`. */
export function showRefusals(form: HTMLElement | null, show: () => void): void {
  flushSync(show);
  form?.querySelector<HTMLElement>(REFUSED)?.focus();
}
