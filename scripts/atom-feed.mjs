// The Atom feed of data versions (RFC 4287), dist/feed.atom: one entry per published version,
// newest first, whose content is the changelog computed from the archives (the server entry's
// `versionHistory`, the same text as the Data versions panel, in English). A feed reader then
// learns of a new version, and of what changed in it, without visiting the page.
import { createHash } from 'node:crypto';

import { packageFolder } from './data-package.mjs';
import { escapeHtml } from './markup.mjs';

export const FEED_FILE = 'feed.atom';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/**
 * A name-based UUID (RFC 9562, version 5, in the URL namespace) as a `urn:uuid:` IRI: an Atom
 * id must be permanent and unique, and it must not change when the site moves or gets its
 * address (HSTF_SITE_URL), so it is made from the version id alone.
 */
export function versionUuid(name) {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A calendar date as an RFC 3339 date-time (midnight UTC), as Atom's `updated` requires. */
const dateTime = (day) => `${day}T00:00:00Z`;

/** The changelog of a version as HTML (escaped again as the text of `content type="html"`). */
function changelogHtml(version, words) {
  const parts = [`<p>${escapeHtml(version.summary)}</p>`];
  if (!version.changes) {
    parts.push(`<p>${escapeHtml(words.first)}</p>`);
    return parts.join('');
  }
  parts.push(
    `<p>${escapeHtml(`${words.changesSince(version.changes.since)}: ${version.changes.summary}`)}</p>`,
  );
  for (const group of version.changes.groups) {
    parts.push(`<h3>${escapeHtml(group.heading)}</h3>`);
    parts.push(`<ul>${group.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
  }
  return parts.join('');
}

/**
 * The feed's XML. `history` is the server entry's `versionHistory()` (oldest first); `siteUrl`
 * (HSTF_SITE_URL) makes every link absolute, else they are relative to the feed's own address,
 * which is the site's folder. `words` are the English messages' `versions.feed` with
 * `versions.first` and `versions.changesSince`; `about` the app's citation constants.
 */
export function atomFeed({ history, siteUrl, words, about }) {
  if (history.length === 0) throw new Error('The feed needs at least one data version.');
  const href = (path) => escapeHtml(siteUrl ? new URL(path, siteUrl).href : path);
  const newestFirst = [...history].reverse();
  const entries = newestFirst.map(
    (version) => `  <entry>
    <id>${versionUuid(`hstf-dashboard:data-version:${version.id}`)}</id>
    <title>${escapeHtml(words.entryTitle(version.id))}</title>
    <updated>${dateTime(version.reviewedOn)}</updated>
    <link rel="alternate" type="text/html" href="${href(`./?v=${encodeURIComponent(version.id)}`)}"/>
    <link rel="related" href="${href(packageFolder(version.id))}" title="${escapeHtml(words.dataFolder(version.id))}"/>
    <summary>${escapeHtml(version.summary)}</summary>
    <content type="html">${escapeHtml(changelogHtml(version, words))}</content>
  </entry>`,
  );
  const updated = newestFirst
    .map((version) => version.reviewedOn)
    .sort()
    .at(-1);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="${ATOM_NS}" xml:lang="en">
  <id>${versionUuid('hstf-dashboard:data-versions')}</id>
  <title>${escapeHtml(words.title)}</title>
  <subtitle>${escapeHtml(words.subtitle)}</subtitle>
  <updated>${dateTime(updated)}</updated>
  <author><name>${escapeHtml(about.CITATION_AUTHOR)}</name></author>
  <link rel="self" type="application/atom+xml" href="${href(FEED_FILE)}"/>
  <link rel="alternate" type="text/html" href="${href('./')}"/>
  <rights>${escapeHtml(words.rights(about.DATA_LICENSE.name, about.DATA_LICENSE.url))}</rights>
${entries.join('\n')}
</feed>
`;
}
