import { CODE_LICENSE, DATA_LICENSE } from '../data/citation';
import { useSectionMessages } from '../i18n/i18n';

const LINK = 'underline decoration-1 underline-offset-2 hover:decoration-2';

/**
 * "Data: CC BY 4.0; code: MIT. Quotes are their speakers' words …", each licence linked: the
 * words alone, for the paragraph they join (the footer's version line, the Cite dialog).
 */
export function LicenceText() {
  const m = useSectionMessages();
  const words = m.citing.licence;
  return (
    <>
      {words.data}:{' '}
      <a href={`${DATA_LICENSE.url}${words.deed}`} rel="license" className={LINK}>
        {DATA_LICENSE.name}
      </a>
      ; {words.code}:{' '}
      <a href={CODE_LICENSE.url} className={LINK}>
        {CODE_LICENSE.name}
      </a>
      . {words.quotes}
    </>
  );
}
