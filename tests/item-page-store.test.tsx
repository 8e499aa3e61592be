import { itemPageAddress } from '../src/view-state/item-page-address';
import { itemPage } from '../src/view-state/item-path';
import { createLocationStore } from '../src/view-state/location-store';

/**
 * The location store on an item page (docs/item-pages.md): the path stands for `focus=<id>`,
 * a view keeping that focus keeps the path, any other view is the dashboard's own address at
 * the site's root, and Back returns to the page.
 */
describe('the location store on an item page', () => {
  let base: HTMLBaseElement;
  beforeEach(() => {
    window.history.replaceState(null, '', '/hstf/people/pam-bondi/');
    // As the page holds it: the site's root, named relative to the page.
    base = document.createElement('base');
    base.href = '../../';
    document.head.prepend(base);
  });
  afterEach(() => {
    base.remove();
    window.history.replaceState(null, '', '/');
  });

  const store = () => createLocationStore({ address: itemPageAddress(itemPage('person', 'pam-bondi')) });

  it('reads the path as focus=<id>, the same snapshot the prerendered page was rendered with', () => {
    const s = store();
    expect(s.getServerSnapshot()).toMatchObject({ search: '?focus=pam-bondi', page: { id: 'pam-bondi' } });
    expect(s.getSnapshot()).toBe(s.getServerSnapshot());
    window.history.replaceState(null, '', '/hstf/people/pam-bondi/?category=drugs&lang=es');
    expect(s.currentSearch()).toBe('?category=drugs&focus=pam-bondi&lang=es');
  });

  it('keeps the path while the view focuses the item, else writes the dashboard’s address; Back returns', async () => {
    const s = store();
    s.navigate('?category=drugs&focus=pam-bondi', { history: 'push' });
    expect(window.location.pathname + window.location.search).toBe('/hstf/people/pam-bondi/?category=drugs');
    expect(s.getSnapshot().page?.id).toBe('pam-bondi');
    s.navigate('?category=drugs&focus=arrests-doj', { history: 'push' });
    expect(window.location.pathname + window.location.search).toBe('/hstf/?category=drugs&focus=arrests-doj');
    expect(s.getSnapshot()).toMatchObject({ search: '?category=drugs&focus=arrests-doj', page: null });
    s.navigate('', { history: 'push' });
    expect(window.location.pathname + window.location.search).toBe('/hstf/');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.go(-2);
    await popped;
    expect(s.getSnapshot()).toMatchObject({
      search: '?category=drugs&focus=pam-bondi',
      page: { id: 'pam-bondi' },
    });
  });
});
