// The publication date a dropped file states, read as the ingest reads it, to pre-fill the form.
import removeMarkdown from 'remove-markdown';
import { isIsoDate, parseDateText } from '../../../functions/core/calendar.js';
import { dateInText } from '../../../functions/document/published-date.js';
import { PUBLISHED_META_SELECTORS } from '../../../functions/document/published-meta.js';

const isHtml = (name: string) => /\.html?$/i.test(name);
const isMarkdown = (name: string) => /\.(md|markdown)$/i.test(name);

/** A date in the file name (2024-10-25-kyiv.txt), the page's meta tags, else a dateline in the text; or null. */
export function publishedDateOf(name: string, content: string): string | null {
  const inName = /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
  if (inName && isIsoDate(inName)) return inName;
  // The ingest reads Markdown's text, not its marks ("*Published 12 August 2024*").
  if (isMarkdown(name)) return dateInText(removeMarkdown(content, { gfm: true, useImgAltText: false }))?.published ?? null;
  if (!isHtml(name)) return dateInText(content)?.published ?? null;
  const page = new DOMParser().parseFromString(content, 'text/html');
  const stated =
    PUBLISHED_META_SELECTORS.map((selector) => page.querySelector(selector)?.getAttribute('content')?.trim()).find(Boolean) ??
    page.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return (stated ? parseDateText(stated, null) : null) ?? dateInText(page.body?.textContent ?? '')?.published ?? null;
}
