import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ThemeToggle } from '../src/components/theme-toggle';
import { THEME_STORAGE_KEY } from '../src/lib/theme';

const root = document.documentElement;

function renderToggle() {
  const user = userEvent.setup();
  const result = render(<ThemeToggle />);
  const group = screen.getByRole('group', { name: 'Theme' });
  const radio = (name: string) => within(group).getByRole('radio', { name });
  return { user, group, radio, ...result };
}

beforeEach(() => {
  window.localStorage.clear();
  root.classList.remove('light', 'dark');
});

describe('ThemeToggle', () => {
  it('offers System, Light and Dark, and follows the system until the reader picks one', async () => {
    const { radio, group } = renderToggle();
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['system', 'light', 'dark']);
    expect(radio('System')).toBeChecked();
    expect(radio('Light')).not.toBeChecked();
    expect(radio('Dark')).not.toBeChecked();
    expect(root).not.toHaveClass('dark');
    expect(root).not.toHaveClass('light');
  });

  it('applies the choice to the page and remembers it across remounts', async () => {
    const first = renderToggle();
    await first.user.click(first.radio('Dark'));
    expect(first.radio('Dark')).toBeChecked();
    expect(root).toHaveClass('dark');
    expect(root).not.toHaveClass('light');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    first.unmount();

    // A new page load: the class is gone until the toggle reads the stored choice back.
    root.classList.remove('dark');
    const second = renderToggle();
    expect(second.radio('Dark')).toBeChecked();
    expect(root).toHaveClass('dark');

    await second.user.click(second.radio('Light'));
    expect(root).toHaveClass('light');
    expect(root).not.toHaveClass('dark');

    await second.user.click(second.radio('System'));
    expect(root).not.toHaveClass('light');
    expect(root).not.toHaveClass('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('reads a choice stored earlier, and ignores a stored value it does not know', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'light');
    const light = renderToggle();
    expect(light.radio('Light')).toBeChecked();
    expect(root).toHaveClass('light');
    light.unmount();

    window.localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    const unknown = renderToggle();
    expect(unknown.radio('System')).toBeChecked();
    expect(root).not.toHaveClass('light');
    expect(root).not.toHaveClass('sepia');
  });

  it('is operated with the keyboard: Tab into the group, arrow keys to choose', async () => {
    const { user, radio } = renderToggle();
    await user.tab();
    expect(radio('System')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(radio('Light')).toHaveFocus();
    expect(radio('Light')).toBeChecked();
    expect(root).toHaveClass('light');
  });

  it('follows a choice made in another tab', () => {
    const { radio } = renderToggle();
    act(() => {
      window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' }));
    });
    expect(radio('Dark')).toBeChecked();
    expect(root).toHaveClass('dark');
  });
});
