// What a view shows while its query runs, when it fails, and when there is nothing to show.
import type { ComponentChildren } from 'preact';

export function Loading({ what }: { what: string }) {
  return <p class="muted" role="status">Loading {what}…</p>;
}

export function ErrorMessage({ error }: { error: string }) {
  return <p class="error" role="alert">{error}</p>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}
