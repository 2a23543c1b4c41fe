import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { VIEWS } from '../routes.js';

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  return (
    <>
      <a class="skip" href="#content">Skip to content</a>
      <header class="top">
        <a class="brand" href="/">claimgraph <span>workbench</span></a>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((view) => (
              <li key={view.path}>
                <a href={view.path} aria-current={path === view.path ? 'page' : undefined}>{view.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="content" tabIndex={-1}>{children}</main>
    </>
  );
}
