// The fuses switch off Node's --inspect and NODE_OPTIONS, but Chromium's remote debugging
// switches still open the renderer to anyone on the machine: a shortcut edited by malware
// could watch the passphrase being typed. A packaged build refuses to start with them.
import type { CommandLine } from 'electron';

export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
] as const;

export function forbiddenSwitchesPresent(commandLine: Pick<CommandLine, 'hasSwitch'>): string[] {
  return FORBIDDEN_SWITCHES.filter((name) => commandLine.hasSwitch(name));
}
