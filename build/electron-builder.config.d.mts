// Types for electron-builder.config.mjs, for the packaging test.
import type { Configuration } from 'electron-builder';

export function createConfig(env?: Record<string, string | undefined>): Configuration;
declare const config: Configuration;
export default config;
