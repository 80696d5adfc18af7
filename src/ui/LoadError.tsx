import { Component, type ReactNode } from 'react';
import type { Lang } from '../state/prefs';

const TEXT = {
  title: { zh: '页面的一部分没能加载', en: 'Part of the page could not load' },
  body: {
    zh: '可能是网络断开了，或者网站刚刚更新。重新加载即可；首次访问之后，离线也能使用。',
    en: 'The network may be down, or the site was just updated. Reload to continue; after a first visit it also works offline.',
  },
  reload: { zh: '重新加载', en: 'Reload' },
};

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
          <h2>{TEXT.title[l]}</h2>
          <p>{TEXT.body[l]}</p>
          <button className="btn primary" onClick={() => location.reload()}>
            {TEXT.reload[l]}
          </button>
        </div>
      </div>
    );
  }
}
