import { resolve } from 'node:path';

import { ESLint } from 'eslint';

/**
 * The layer rules in eslint.config.js are only worth having if they fail. Each case lints
 * a small text as if it were a file at that place in src/ and expects the rule to fire.
 */
const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it('fails a section that imports another section by a roundabout path', async () => {
    const messages = await lintAs(
      'src/sections/kpis/probe.ts',
      "import { eventMatches } from '../../sections/timeline/timeline';\nexport const probe = eventMatches;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*must not import another section/),
    ]);
  });

  it('fails a section that imports another section directly', async () => {
    const messages = await lintAs(
      'src/sections/people/probe.ts',
      "import { sourceEntries } from '../sources/sources';\nexport const probe = sourceEntries;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/must not import another section/)]);
  });

  it('lets a section use sections/shared and the layers below it', async () => {
    const messages = await lintAs(
      'src/sections/people/probe.ts',
      "import { FocusLink } from '../shared/focus-link';\nimport { reportOf } from '../../data/selectors';\nexport const probe = [FocusLink, reportOf];\n",
    );
    expect(messages).toEqual([]);
  });

  it('fails shared layers that reach up: data into the URL contract, lib into the dataset', async () => {
    expect(
      await lintAs(
        'src/data/probe.ts',
        "import { MAX_QUERY_LENGTH } from '../view-state/view-state';\nexport const probe = MAX_QUERY_LENGTH;\n",
      ),
    ).toEqual([expect.stringMatching(/must not know the URL contract/)]);
    expect(
      await lintAs(
        'src/lib/probe.ts',
        "import { slug } from '../data/schema';\nexport const probe = slug;\n",
      ),
    ).toEqual([expect.stringMatching(/knows nothing of the dataset/)]);
  });

  it('fails anything outside src/app that imports the app', async () => {
    expect(
      await lintAs(
        'src/components/probe.ts',
        "import { App } from '../app/app';\nexport const probe = App;\n",
      ),
    ).toEqual([expect.stringMatching(/Only src\/app composes/)]);
  });

  it('fails a layer that reaches into the boot folder, save the two doors it opens', async () => {
    expect(
      await lintAs(
        'src/components/probe.ts',
        "import { LINKED_VIEW_ATTRIBUTE } from '../boot/page-contract';\nexport const probe = LINKED_VIEW_ATTRIBUTE;\n",
      ),
    ).toEqual([expect.stringMatching(/src\/boot starts the page and the app/)]);
    expect(
      await lintAs('src/app/probe.ts', "import { boot } from '../boot/boot';\nexport const probe = boot;\n"),
    ).toEqual([expect.stringMatching(/src\/boot starts the page and the app/)]);
    expect(
      await lintAs(
        'src/data/probe.ts',
        "import { showStartFailure } from '../boot/page-marks';\nexport const probe = showStartFailure;\n",
      ),
    ).toEqual([expect.stringMatching(/src\/boot starts the page and the app/)]);
    // The app reveals a linked view; the data layer takes over the early dataset request.
    expect(
      await lintAs(
        'src/app/probe.ts',
        "import { revealLinkedView } from '../boot/page-marks';\nexport const probe = revealLinkedView;\n",
      ),
    ).toEqual([]);
    expect(
      await lintAs(
        'src/data/probe.ts',
        "import { takeEarlyDataset } from '../boot/early-dataset';\nexport const probe = takeEarlyDataset;\n",
      ),
    ).toEqual([]);
  });

  it('keeps the view controls beside the sections: they use sections/shared, no section uses them', async () => {
    expect(
      await lintAs(
        'src/view-controls/probe.ts',
        "import { sourceEntries } from '../sections/sources/sources';\nexport const probe = sourceEntries;\n",
      ),
    ).toEqual([expect.stringMatching(/may use sections\/shared, never a section/)]);
    expect(
      await lintAs(
        'src/sections/people/probe.ts',
        "import { toggleAgency } from '../../view-controls/agency-toggle';\nexport const probe = toggleAgency;\n",
      ),
    ).toEqual([expect.stringMatching(/nothing below them uses them/)]);
    expect(
      await lintAs(
        'src/view-controls/probe.ts',
        "import { FocusLink } from '../sections/shared/focus-link';\nexport const probe = FocusLink;\n",
      ),
    ).toEqual([]);
  });
});
