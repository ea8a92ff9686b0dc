// Entry point of the main process (bundled to dist/electron/main.cjs). The only place that
// imports the Electron API for real; everything else receives it, so tests can pass a fake.
// The namespace import stays lazy: screen and powerMonitor must not be touched before 'ready'.
import * as electron from 'electron';
import { startKoers } from './start';

startKoers(electron, { mainDir: __dirname });
