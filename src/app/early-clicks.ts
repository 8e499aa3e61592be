/**
 * The prerendered page shows its buttons before the app has started, and a button pressed
 * then (a headline card's "See all reports", a filter chip, "Copy permanent link") would do
 * nothing: React is not listening yet. The entry script (main.tsx) notes the last button
 * pressed; once the app has started, that button is pressed again, now with its behaviour.
 * Links need nothing: without the app they load the address they name. Kept free of
 * imports: it is part of the small entry script.
 */

let pressed: HTMLButtonElement | null = null;

function note(event: Event): void {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button && !button.disabled) pressed = button;
}

/** From the entry script, before the app starts. */
export function noteEarlyClicks(): void {
  document.addEventListener('click', note, true);
}

/**
 * Stops noting. Called as React hydrates the page: from then on React answers presses
 * itself (hydrating the part pressed first), so noting more would answer them twice.
 */
export function stopNotingClicks(): void {
  document.removeEventListener('click', note, true);
}

/** What a reader knows a button by: its label, else its text. */
function nameOf(button: HTMLButtonElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
}

/**
 * The button of the rendered page that stands where `old` stood in the prerendered page:
 * the one with the same name, if the page has exactly one.
 */
function twinOf(old: HTMLButtonElement): HTMLButtonElement | undefined {
  const name = nameOf(old);
  if (!name) return undefined;
  const twins = [...document.querySelectorAll('button')].filter((button) => nameOf(button) === name);
  return twins.length === 1 ? twins[0] : undefined;
}

/**
 * Once the app has committed its first render, presses again the button pressed before it.
 *
 * - `hydrated`: React took over the prerendered elements; the pressed one is pressed again
 *   if it is still in the page. Noting stopped as hydration began.
 * - `rendered`: a link with a query is rendered afresh, which replaces every prerendered
 *   element; noting went on until now. The new button with the same name is pressed. A
 *   pressed button that is still in the page was rendered by React, which answered it.
 */
export function replayEarlyClick(how: 'hydrated' | 'rendered'): void {
  stopNotingClicks();
  const button = pressed;
  pressed = null;
  if (!button) return;
  const target =
    how === 'hydrated'
      ? button.isConnected
        ? button
        : undefined
      : button.isConnected
        ? undefined
        : twinOf(button);
  if (target && !target.disabled) target.click();
}
