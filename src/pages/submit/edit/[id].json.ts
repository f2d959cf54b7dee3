/**
 * /submit/edit/<id>.json: what the correction form starts from. It is the
 * published listing in the file's own shape, so it holds nothing the
 * listing's page does not already show.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, type PublicListing } from '../../../data/entries.ts';
import { editDataOf } from '../../../lib/submission/from-listing.ts';

export const getStaticPaths = (async () => {
  const { listings } = await getContent();
  return listings.map((listing) => ({ params: { id: listing.id }, props: { listing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { listing } = props as { listing: PublicListing };
  return new Response(JSON.stringify(editDataOf(listing)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
