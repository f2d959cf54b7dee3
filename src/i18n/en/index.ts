/** English. Placeholder until the dictionary is written: Japanese's words. */
import { ja } from '../ja/index.ts';
import type { Messages } from '../messages.ts';

export const en: Messages = ja;
