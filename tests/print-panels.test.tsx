import { act, screen, within } from '@testing-library/react';

import { realDataset as dataset } from './real-dataset';
import { renderApp } from './render-app';

/** The closed detail panels of a section: each closed disclosure button's panel. */
function closedPanels(section: HTMLElement): HTMLElement[] {
  return within(section)
    .getAllByRole('button', { expanded: false })
    .filter((button) => button.hasAttribute('aria-controls'))
    .map((button) => document.getElementById(button.getAttribute('aria-controls')!)!);
}

const SECTIONS = ['Timeline of events', 'People involved', 'Sources'];

// A closed panel is hidden and holds nothing (src/components/panel-content.tsx); the browser
// announces a printout with `beforeprint`, and every panel is then filled for the paper.
describe('closed detail panels', () => {
  it('hold nothing until opened; printing fills every one of them, and afterwards they empty again', async () => {
    renderApp();
    const sections = await Promise.all(SECTIONS.map((name) => screen.findByRole('region', { name })));
    await within(sections[2]!).findAllByRole('row');
    const panels = sections.flatMap(closedPanels);
    // Events, people and sources shown on their first page each have one.
    expect(panels.length).toBeGreaterThanOrEqual(15);
    for (const panel of panels) expect(panel.textContent).toBe('');

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    for (const panel of panels) expect(panel.textContent).not.toBe('');
    // What a printout shows of the first event: its summary, from the dataset.
    const first = within(sections[0]!).getAllByRole('article')[0]!;
    const event = dataset.events.find((e) => first.id === `event-${e.id}`)!;
    expect(first).toHaveTextContent(event.summary);

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    for (const panel of panels) expect(panel.textContent).toBe('');
  });

  it('draws a panel when it is opened, and its content is shown', async () => {
    const { user } = renderApp();
    const section = await screen.findByRole('region', { name: 'Timeline of events' });
    const first = within(section).getAllByRole('article')[0]!;
    const event = dataset.events.find((e) => first.id === `event-${e.id}`)!;
    expect(within(first).queryByText(event.summary)).toBeNull();
    await user.click(within(first).getByRole('button', { expanded: false }));
    expect(within(first).getByText(event.summary)).toBeVisible();
  });
});
