/**
 * The prerendered page shows its buttons before the app has started, and a button pressed
 * then (a headline card's "See all reports", a filter chip) would do nothing: React is not
 * listening yet. The entry script (main.tsx) notes the last button pressed; once the app has
 * hydrated the page, that button is pressed again, now with its behaviour. Links need
 * nothing: without the app they load the address they name. Kept free of imports: it is
 * part of the small entry script.
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
 * Stops noting. Called as React takes the page over: from then on React answers presses
 * itself (hydrating the part pressed first), so noting more would answer them twice.
 */
export function stopNotingClicks(): void {
  document.removeEventListener('click', note, true);
}

/** After hydration: presses again the button pressed before it, if it is still in the page. */
export function replayEarlyClick(): void {
  stopNotingClicks();
  const button = pressed;
  pressed = null;
  if (button?.isConnected && !button.disabled) button.click();
}
