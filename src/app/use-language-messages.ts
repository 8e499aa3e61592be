import { useEffect, useState } from 'react';

import type { Language } from '../i18n/language';
import { loadedMessages, loadMessages } from '../i18n/load-messages';
import { enCore } from '../i18n/en/core';
import type { CoreMessages } from '../i18n/messages';

/**
 * The messages of `language`. Boot (src/boot/boot.tsx) loads the language of the first link before the
 * first render and the language switch loads its target before navigating, so English
 * stands in only if a chunk is still on its way (Back to a language not yet loaded) or
 * failed to arrive; the page then stays usable and switches once the chunk is there.
 */
export function useLanguageMessages(language: Language): CoreMessages {
  const [, setArrivals] = useState(0);
  const messages = loadedMessages(language);
  useEffect(() => {
    if (messages) return;
    let live = true;
    loadMessages(language).then(
      () => {
        if (live) setArrivals((n) => n + 1);
      },
      () => {
        // Offline or a stale deploy: English stays; the next navigation tries again.
      },
    );
    return () => {
      live = false;
    };
  }, [language, messages]);
  return messages ?? enCore;
}
