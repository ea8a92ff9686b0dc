// Runs in the sandboxed preload (bundled to CommonJS: sandboxed preloads cannot load ES
// modules or anything but a few built-ins). Exposes the contract's bridge and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { BRIDGE_KEY } from '../shared/ipc/contract';
import { createKoersBridge } from './bridge';

// zod probes `new Function` to speed up parsing; under the page's CSP that probe fails and is
// reported as a violation. The interpreted path is fast enough for these payloads.
z.config({ jitless: true });

contextBridge.exposeInMainWorld(BRIDGE_KEY, createKoersBridge(ipcRenderer));
