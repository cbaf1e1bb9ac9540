import { Component, Suspense, type ReactNode } from 'react';

interface LazyPartProps {
  /** Shown while the part's code arrives. */
  loading: ReactNode;
  /** The part, for the message if it cannot arrive: "The Export code dialog". */
  name: string;
  children: ReactNode;
}

/**
 * A part of the page whose code loads when it is first shown (React.lazy). If that code cannot
 * arrive (offline before the service worker cached it, or a page left open across a deployment that
 * replaced its files), the part says so in its place; without this boundary React would take the
 * whole page down.
 */
export class LazyPart extends Component<LazyPartProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <p role="alert" className="notice">
          {this.props.name} could not be loaded. Reload the page to get it.
        </p>
      );
    }
    return <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>;
  }
}
