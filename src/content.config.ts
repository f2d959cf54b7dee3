import { defineCollection } from 'astro:content';
import { contentLoader } from './data/content-loader.ts';

export const collections = {
  listings: defineCollection({ loader: contentLoader('listings') }),
  schools: defineCollection({ loader: contentLoader('schools') }),
  site: defineCollection({ loader: contentLoader('site') }),
  helpLines: defineCollection({ loader: contentLoader('helpLines') }),
};
