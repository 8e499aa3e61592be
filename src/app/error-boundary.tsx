import { Component, type ReactNode } from 'react';

import { ErrorPanel } from '../components/error-panel';
import { I18nContextConsumer } from '../i18n/i18n';
import { revealLinkedView } from './linked-view';

interface State {
  error: Error | null;
}

/** Last line of defence: an unexpected exception becomes a message, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(): void {
    // The message must be seen even if the page was still hiding a linked view.
    revealLinkedView();
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <I18nContextConsumer>
        {(m) => (
          <main className="mx-auto max-w-3xl p-4">
            <ErrorPanel
              heading={m.errors.heading}
              message={m.errors.unexpected}
              details={[this.state.error?.message ?? '']}
              retryLabel={m.errors.retry}
              onRetry={() => this.setState({ error: null })}
            />
          </main>
        )}
      </I18nContextConsumer>
    );
  }
}
