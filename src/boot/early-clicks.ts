/**
 * The prerendered page shows its buttons and links before the app has started.
 *
 * - A button pressed then (a headline card's "See all reports", a filter chip, "Copy
 *   permanent link") would do nothing: React is not listening yet.
 * - On a link with a query (a linked view), the prerendered header's links name addresses
 *   of the default view: "Español" there is `?lang=es`, which would drop the link's filters.
 *
 * The before-paint script notes the clicks until the entry script (main.ts) runs, which takes
 * its list over and goes on noting the last such button or link pressed (holding the link
 * back); once the app has started, it is pressed again, now with its behaviour. Other links
 * need nothing: without the app they load the address they name. Part of the small entry
 * script: it imports only page-contract.js.
 */

import { EARLY_CLICKS_PROPERTY, isHeldLink } from './page-contract';

type Pressable = HTMLButtonElement | HTMLAnchorElement;

let pressed: Pressable | null = null;
/** Which of the elements of the same kind and name the pressed one was, in page order. */
let pressedIndex = 0;

/** What a reader knows a button or link by: its label, else its text. */
function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

function namesakes(element: Pressable): Pressable[] {
  const name = nameOf(element);
  return [...document.querySelectorAll<Pressable>(element.tagName)].filter((other) => nameOf(other) === name);
}

/** A link, or a button that is not disabled. */
function canPress(element: Pressable): boolean {
  return !(element instanceof HTMLButtonElement && element.disabled);
}

function note(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target.closest('button, a[href]') : null;
  if (target instanceof HTMLButtonElement && canPress(target)) pressed = target;
  else if (target instanceof HTMLAnchorElement && isHeldLink(event, target)) {
    event.preventDefault();
    pressed = target;
  } else return;
  pressedIndex = namesakes(pressed).indexOf(pressed);
}

/** What the before-paint script leaves on the root element: the clicks it noted, and how to stop it. */
interface InlineNotes {
  events: MouseEvent[];
  stop: () => void;
}

/**
 * From the entry script, before the app starts: takes over the clicks the before-paint script
 * noted (it held back, as it was clicked, any link that must be held), then notes clicks itself.
 */
export function noteEarlyClicks(): void {
  const root = document.documentElement as HTMLElement & { [EARLY_CLICKS_PROPERTY]?: InlineNotes };
  const inline = root[EARLY_CLICKS_PROPERTY];
  if (inline) {
    inline.stop();
    delete root[EARLY_CLICKS_PROPERTY];
    for (const event of inline.events) note(event);
  }
  document.addEventListener('click', note, true);
}

/**
 * Stops noting. Called as React hydrates the page: from then on React answers presses
 * itself (hydrating the part pressed first), so noting more would answer them twice.
 */
export function stopNotingClicks(): void {
  document.removeEventListener('click', note, true);
}

/**
 * The element of the rendered page that stands where `old` stood in the prerendered page:
 * the one of the same kind and name, at the same place among its namesakes.
 */
function twinOf(old: Pressable): Pressable | undefined {
  return namesakes(old)[pressedIndex];
}

/**
 * Once the app has committed its first render, presses again the button or link pressed
 * before it.
 *
 * - `hydrated`: React took over the prerendered elements; the pressed one is pressed again
 *   if it is still in the page. Noting stopped as hydration began.
 * - `rendered`: a link with a query is rendered afresh, which replaces every prerendered
 *   element; noting went on until now. The new element of the same name is pressed. A
 *   pressed element that is still in the page was rendered by React, which answered it.
 *   A held link with no counterpart loads the address it names.
 */
export function replayEarlyClick(how: 'hydrated' | 'rendered'): void {
  stopNotingClicks();
  const old = pressed;
  pressed = null;
  if (!old) return;
  if (how === 'hydrated') {
    if (old.isConnected && canPress(old)) old.click();
    return;
  }
  if (old.isConnected) return;
  const twin = twinOf(old);
  if (twin && canPress(twin)) twin.click();
  else if (old instanceof HTMLAnchorElement) location.assign(old.href);
}

/** The app could not start: a held link loads the address it names after all. */
export function giveUpEarlyClicks(): void {
  stopNotingClicks();
  if (pressed instanceof HTMLAnchorElement) location.assign(pressed.href);
  pressed = null;
}
