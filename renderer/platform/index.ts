import { browserPlatform } from './browser';
import type { Platform } from './platform';

export type { Platform, LockReason } from './platform';

export const platform: Platform = browserPlatform;
