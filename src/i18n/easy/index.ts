/** やさしい日本語. Placeholder until the dictionary is written: Japanese's words. */
import { ja } from '../ja/index.ts';
import type { Messages } from '../messages.ts';
import { concerns } from './concerns.ts';
import { directoryLive } from './directory-live.ts';
import { facts } from './facts.ts';

export const easyJa: Messages = { ...ja, facts, concerns, directoryLive };
