/**
 * The bridge between the content folder and Astro's content layer. Every
 * collection is filled from one `loadContent` pass, so the build checks exactly
 * what `npm run validate` checks and fails with the same lines. Listings are
 * stored in their public form: private values never reach the data store.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDirFromEnv, loadContent, type ContentSet } from '../lib/content/load-content.ts';
import { ContentError, errorsOf, formatProblem } from '../core/problems.ts';
import { toPublicListing } from '../lib/privacy/public-listing.ts';

let pending: Promise<ContentSet> | undefined;
let loggedWarnings = false;

/** One load per content generation, shared by all collections. */
function contentOnce(): Promise<ContentSet> {
  pending ??= loadContent(contentDirFromEnv()).then((content) => {
    if (errorsOf(content.problems).length > 0) throw new ContentError(content.problems);
    return content;
  });
  return pending;
}

function watchContent(context: LoaderContext, dir: string, reload: () => Promise<void>) {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(dir);
  const onChange = (changed: string) => {
    if (!path.resolve(changed).startsWith(dir + path.sep) && path.resolve(changed) !== dir) return;
    pending = undefined;
    loggedWarnings = false;
    reload().catch((error: unknown) => context.logger.error((error as Error).message));
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

export type CollectionName = 'listings' | 'schools' | 'site' | 'helpLines';

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `kodomo-content-${collection}`,
    load: async (context) => {
      const fill = async () => {
        const content = await contentOnce();
        if (!loggedWarnings) {
          loggedWarnings = true;
          for (const problem of content.problems) context.logger.warn(formatProblem(problem));
        }
        context.store.clear();
        if (collection === 'site') {
          context.store.set({ id: 'site', data: { ...content.site! } });
          context.store.set({ id: 'synonyms', data: { ...content.synonyms } });
        } else if (collection === 'helpLines') {
          for (const { key, data } of content.helpLines) context.store.set({ id: key, data: { ...data } });
        } else if (collection === 'schools') {
          for (const { file: _file, ...school } of content.schools) {
            context.store.set({ id: school.id, data: { ...school } });
          }
        } else {
          for (const listing of content.listings) {
            const data = toPublicListing(listing.id, listing.data, listing.body, content.schools);
            context.store.set({ id: listing.id, data: { ...data } });
          }
        }
      };
      watchContent(context, contentDirFromEnv(), fill);
      await fill();
    },
  };
}
