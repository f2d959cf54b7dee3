/**
 * `npm run phone-metadata`: writes src/core/phone-metadata.jp.ts, Japan's
 * numbering plan taken from the installed libphonenumber-js (its full
 * metadata), so the form ships 3 KB for one country instead of 150 KB for all.
 * A unit test fails when the file no longer matches the installed package.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { phoneMetadataText } from '../src/lib/phone-metadata-text.ts';

const target = path.resolve(import.meta.dirname, '../src/core/phone-metadata.jp.ts');
await writeFile(target, await phoneMetadataText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
