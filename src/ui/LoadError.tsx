import { Component, type ReactNode } from 'react';
import type { Lang } from '../lessons';
import { translate } from './i18n';
import { APP_TEXT } from './strings';

const T = APP_TEXT.loadError;

/** A lazy chunk (code split by Vite) that failed to load: an error screen with a reload button, never a white page. */
export class LoadErrorBoundary extends Component<{ lang: Lang; failed?: boolean; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidMount(): void {
    window.addEventListener('vite:preloadError', this.onPreloadError);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('vite:preloadError', this.onPreloadError);
  }

  private onPreloadError = (e: Event) => {
    e.preventDefault();
    this.setState({ failed: true });
  };

  override render(): ReactNode {
    if (!this.state.failed && !this.props.failed) return this.props.children;
    const l = this.props.lang;
    return (
      <div className="app">
        <div className="center-msg load-error" role="alert" data-testid="load-error">
          <h2>{translate(l, T.title)}</h2>
          <p>{translate(l, T.body)}</p>
          <button className="btn primary" onClick={() => location.reload()}>
            {translate(l, T.reload)}
          </button>
        </div>
      </div>
    );
  }
}
