/** /data/<file>: each open-data file, as listed by src/data/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataFiles } from '../../data/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const files = await openDataFiles(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
  return files.map((file) => ({ params: { file: file.name } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await openDataFiles(site)).find((f) => f.name === params.file)!;
  return new Response(file.text, { headers: { 'content-type': file.contentType } });
};
