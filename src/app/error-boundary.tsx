import { Component, type ReactNode } from 'react';

import { ErrorPanel } from '../components/error-panel';
import { I18nContextConsumer } from '../i18n/i18n';
import { revealLinkedView } from '../boot/page-marks';

interface State {
  error: Error | null;
}

interface Props {
  children: ReactNode;
  /**
   * The section this boundary guards, by its heading ("People involved"). Without it the
   * boundary guards the whole page. With it, a section that throws becomes a message in its
   * place, with Retry, and the rest of the dashboard keeps working.
   */
  section?: { id: string; heading: string };
}

/** An unexpected exception becomes a message, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
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
    const { section } = this.props;
    return (
      <I18nContextConsumer>
        {(m) => {
          const panel = (
            <ErrorPanel
              heading={section ? m.errors.sectionHeading(section.heading) : m.errors.heading}
              message={m.errors.unexpected}
              details={[this.state.error?.message ?? '']}
              retryLabel={m.errors.retry}
              onRetry={() => this.setState({ error: null })}
            />
          );
          return section ? (
            <section id={section.id} aria-label={section.heading}>
              {panel}
            </section>
          ) : (
            <main className="mx-auto max-w-3xl p-4">{panel}</main>
          );
        }}
      </I18nContextConsumer>
    );
  }
}
