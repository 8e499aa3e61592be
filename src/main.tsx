import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { loadMessages } from './i18n/load-messages';
import { languageOf } from './view-state/view-state';
import './index.css';

const container = document.getElementById('root');
if (container) {
  const render = () =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  // A link in another language waits for that language's chunk (fetched alongside the
  // dataset) rather than flashing English first; if it fails, English is shown.
  void loadMessages(languageOf(window.location.search)).then(render, render);
}
