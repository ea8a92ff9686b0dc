// The fuses switch off Node's --inspect and NODE_OPTIONS, but Chromium's own switches still
// open the app to anyone who can edit its shortcut: remote debugging lets malware watch the
// passphrase being typed, a command prefix or launcher runs a program of its choosing as the
// renderer, GPU or utility process (which then sees every decrypted dossier), and logging
// writes renderer console output to disk. A packaged build refuses to start with any of them.
import type { CommandLine } from 'electron';

export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
  // Run every child process of that kind under another program (a debugger, a logger, or
  // anything else) or from another binary.
  'renderer-cmd-prefix',
  'gpu-launcher',
  'utility-cmd-prefix',
  'browser-subprocess-path',
  // Chromium's log, which includes the page's console messages.
  'enable-logging',
] as const;

/**
 * The switch names on a raw command line, the way Chromium reads them: `--name`,
 * `--name=value`, and `-name` (POSIX) or `/name` (Windows, case-insensitive); nothing after
 * a bare `--`. Read in addition to app.commandLine so a spelling it normalises differently
 * cannot slip past.
 */
export function switchNamesIn(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const names: string[] = [];
  const windows = platform === 'win32';
  for (const arg of argv.slice(1)) {
    if (arg === '--') break;
    const match = (windows ? /^(?:--|-|\/)([^=]+)/ : /^(?:--|-)([^=]+)/).exec(arg);
    if (match?.[1] === undefined) continue;
    names.push(windows ? match[1].toLowerCase() : match[1]);
  }
  return names;
}

export function forbiddenSwitchesPresent(
  commandLine: Pick<CommandLine, 'hasSwitch'>,
  argv: readonly string[] = [],
  platform: NodeJS.Platform = process.platform,
): string[] {
  const onArgv = new Set(switchNamesIn(argv, platform));
  return FORBIDDEN_SWITCHES.filter((name) => commandLine.hasSwitch(name) || onArgv.has(name));
}
