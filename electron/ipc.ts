// The IPC boundary. Anything that reaches a handler has come from the app's own top frame and
// matches the contract; everything else is rejected before a handler runs, so no handler has
// to remember to check.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import {
  INVOKE_CHANNELS,
  schemasFor,
  type InvokeChannel,
  type InvokeRequestData,
  type InvokeResponse,
} from '../shared/ipc/contract';
import { isAppUrl } from './app-origin';

export type InvokeHandlers = {
  [C in InvokeChannel]: (
    request: InvokeRequestData<C>,
    event: IpcMainInvokeEvent,
  ) => InvokeResponse<C> | Promise<InvokeResponse<C>>;
};

/** Error the renderer sees on a refused call. Carries no payload data: it may be personal. */
export class IpcRefusedError extends Error {
  constructor(channel: string, why: 'sender' | 'payload') {
    super(
      why === 'sender'
        ? `Refused ${channel}: sender is not the Koers app frame`
        : `Refused ${channel}: malformed request`,
    );
    this.name = 'IpcRefusedError';
  }
}

/**
 * Only the top-level frame showing koers://app may call main. A sub-frame (an injected
 * iframe) or a page from another origin could otherwise use the bridge's privileges.
 */
export function isTrustedFrame(frame: Pick<WebFrameMain, 'url' | 'parent'> | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

type Listener = Parameters<IpcMain['handle']>[1];

function guarded<C extends InvokeChannel>(channel: C, handler: InvokeHandlers[C]): Listener {
  const contract = schemasFor(channel);
  return async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!isTrustedFrame(event.senderFrame)) throw new IpcRefusedError(channel, 'sender');
    if (args.length > 1) throw new IpcRefusedError(channel, 'payload');
    const parsed = contract.request.safeParse(args[0]);
    if (!parsed.success) throw new IpcRefusedError(channel, 'payload');
    const result = await handler(parsed.data, event);
    // A reply off-contract is a bug in main; fail here rather than in the renderer.
    return contract.response.parse(result);
  };
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: InvokeHandlers,
): () => void {
  const register = <C extends InvokeChannel>(channel: C) =>
    ipcMain.handle(channel, guarded(channel, handlers[channel]));
  for (const channel of INVOKE_CHANNELS) register(channel);
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}
