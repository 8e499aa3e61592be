import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import { agencyParentsOf, canonicalAgencies, coveredAgencies } from '../src/data/agencies';
import { checkIntegrity } from '../src/data/integrity';
import { toggleAgency } from '../src/view-controls/agency-toggle';
import { activeFilterLabels } from '../src/view-controls/view-summary';
import { problemText } from '../src/i18n/en/problems';
import { en } from '../src/i18n/messages';
import { DEFAULT_VIEW_STATE } from '../src/view-state/view-state';
import { realDataset as dataset } from './real-dataset';
import { renderApp, showEveryPage } from './render-app';

const parents = agencyParentsOf(dataset.agencies);
const all = dataset.agencies.map((a) => a.id);

describe('agencies nest', () => {
  it('knows the FBI is part of the DOJ and HSI part of DHS', () => {
    expect([...parents]).toEqual([
      ['hsi', 'dhs'],
      ['fbi', 'doj'],
    ]);
  });

  it('a parent covers its components; a component covers only itself', () => {
    expect([...(coveredAgencies(parents, ['doj']) ?? [])].sort()).toEqual(['doj', 'fbi']);
    expect([...(coveredAgencies(parents, ['fbi']) ?? [])]).toEqual(['fbi']);
    expect([...(coveredAgencies(parents, ['dhs', 'odni']) ?? [])].sort()).toEqual(['dhs', 'hsi', 'odni']);
    expect(coveredAgencies(parents, null)).toBeNull();
    expect([...(coveredAgencies(parents, []) ?? [])]).toEqual([]);
  });

  it('canonical form: a parent once, components it covers left out, dataset order, full is all, empty is none', () => {
    expect(canonicalAgencies(parents, all, ['fbi', 'doj'])).toEqual(['doj']);
    expect(canonicalAgencies(parents, all, ['fbi', 'hsi'])).toEqual(['hsi', 'fbi']);
    expect(canonicalAgencies(parents, all, ['odni', 'defense', 'doj', 'dhs', 'white-house'])).toBeNull();
    expect(canonicalAgencies(parents, all, [])).toEqual([]);
    expect(canonicalAgencies(parents, all, null)).toBeNull();
  });

  it('toggling a parent turns its components with it; a component alone stays alone', () => {
    expect(toggleAgency(parents, all, null, 'doj')).toEqual(['white-house', 'dhs', 'defense', 'odni']);
    expect(toggleAgency(parents, all, [], 'doj')).toEqual(['doj']);
    expect(toggleAgency(parents, all, [], 'fbi')).toEqual(['fbi']);
    expect(toggleAgency(parents, all, ['fbi'], 'doj')).toEqual(['doj']);
    expect(toggleAgency(parents, all, ['doj'], 'doj')).toEqual([]);
    expect(toggleAgency(parents, all, ['white-house', 'dhs', 'defense', 'odni'], 'doj')).toBeNull();
  });

  it('says what a parent includes: "DOJ (incl. FBI)"', () => {
    expect(activeFilterLabels({ ...DEFAULT_VIEW_STATE, agency: ['doj'] }, dataset, en)).toEqual([
      'Agency: DOJ (incl. FBI)',
    ]);
    expect(activeFilterLabels({ ...DEFAULT_VIEW_STATE, agency: ['fbi'] }, dataset, en)).toEqual([
      'Agency: FBI',
    ]);
  });

  it('rejects a parent that does not exist and an agency nested in itself', () => {
    const broken = structuredClone(dataset);
    broken.agencies = [
      { id: 'a', name: 'A', shortName: 'A', parentId: 'b' },
      { id: 'b', name: 'B', shortName: 'B', parentId: 'a' },
      { id: 'c', name: 'C', shortName: 'C', parentId: 'nowhere' },
      ...broken.agencies,
    ];
    const messages = checkIntegrity(broken).map((i) => `${i.path.join('.')}: ${problemText(i.problem)}`);
    expect(messages).toContain('agencies.2.parentId: unknown agency id "nowhere"');
    expect(messages).toContain('agencies.0.parentId: agency "a" is part of itself through its parents');
    expect(messages).toContain('agencies.1.parentId: agency "b" is part of itself through its parents');
  });
});

async function peopleNames(): Promise<string[]> {
  const section = await screen.findByRole('region', { name: 'People involved' });
  return within(section)
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 4 }).textContent ?? '');
}

/** The timeline's list, after paging through it ("Show 7 more"). */
async function allEvents(user: UserEvent): Promise<HTMLElement> {
  const section = await screen.findByRole('region', { name: 'Timeline of events' });
  await showEveryPage(section, user);
  return within(section).getByRole('list', { name: 'Events in date order' });
}

const FBI_STATEMENT = 'FBI statement: the FBI and HSI co-lead the HSTFs';

describe('filtering by a parent agency', () => {
  it('?agency=doj shows Kash Patel and the FBI’s events, and says it includes the FBI', async () => {
    const { user } = renderApp('?agency=doj');
    expect(await peopleNames()).toEqual(['Pam Bondi', 'Todd Blanche', 'Kash Patel']);
    expect(within(await allEvents(user)).getByRole('article', { name: FBI_STATEMENT })).toBeVisible();
    const filters = screen.getByRole('region', { name: 'Filters' });
    expect(
      within(filters).getByRole('button', { name: 'Remove filter Agency: DOJ (incl. FBI)' }),
    ).toBeVisible();
    await user.click(within(filters).getByRole('button', { name: /^More filters/ }));
    const agencies = await within(filters).findByRole('group', { name: 'Agency' });
    expect(within(agencies).getByRole('checkbox', { name: /FBI/ })).toBeChecked();
    expect(within(agencies).getByRole('checkbox', { name: /FBI/ })).toBeDisabled();
    expect(within(agencies).getByText('(included in DOJ)')).toBeVisible();
  });

  it('?agency=fbi shows the FBI alone: no other DOJ person', async () => {
    const { user } = renderApp('?agency=fbi');
    expect(await peopleNames()).toEqual(['Kash Patel']);
    const events = await allEvents(user);
    expect(within(events).getByRole('article', { name: FBI_STATEMENT })).toBeVisible();
    expect(within(events).queryByRole('article', { name: /^Executive Order 14159/ })).not.toBeInTheDocument();
  });

  it('?agency=doj,fbi is rewritten with the parent once', async () => {
    renderApp('?agency=doj,fbi');
    await peopleNames();
    expect(window.location.search).toBe('?agency=doj');
  });
});
