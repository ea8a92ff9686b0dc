// The floors inside the app, checked on every import (relative paths resolved, so
// `../../vault/x` and `../../../renderer/vault/x` count the same). Each floor says which
// files it covers, what they must not import and, within that, what they may after all.
// Paths are relative to the repository root; a `*` in `files` stands for one folder name,
// and `$1` in `allow` for the folder it matched (a feature's own folder).
import path from 'node:path';

/** @param {string} spec @param {string} prefix */
const matches = (spec, prefix) =>
  prefix.endsWith('/')
    ? spec.startsWith(prefix) || spec === prefix.slice(0, -1)
    : spec === prefix || spec.startsWith(`${prefix}/`);

/** @param {string} file @param {string} pattern @returns {string[] | null} */
function matchFiles(file, pattern) {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('([^/]+)')}`,
  );
  const m = re.exec(file);
  return m ? m.slice(1) : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const floors = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point down only: the floors inside the app.' },
    schema: [
      {
        type: 'object',
        properties: {
          floors: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                files: { type: 'string' },
                except: { type: 'array', items: { type: 'string' } },
                deny: { type: 'array', items: { type: 'string' } },
                allow: { type: 'array', items: { type: 'string' } },
                message: { type: 'string' },
              },
              required: ['files', 'deny', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: { floor: "'{{spec}}': {{message}}" },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const active = (context.options[0]?.floors ?? []).flatMap((floor) => {
      const groups = matchFiles(file, floor.files);
      if (!groups || (floor.except ?? []).some((e) => matchFiles(file, e))) return [];
      const allow = (floor.allow ?? []).map((a) => a.replace(/\$(\d)/g, (_, i) => groups[i - 1]));
      return [{ ...floor, allow }];
    });
    if (active.length === 0) return {};

    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string') return;
      // Relative imports become repository paths; package names stay as written.
      const target = source.startsWith('.')
        ? path
            .relative(root, path.resolve(path.dirname(context.filename), source))
            .split(path.sep)
            .join('/')
        : source;
      for (const floor of active) {
        if (!floor.deny.some((d) => matches(target, d))) continue;
        if (floor.allow.some((a) => matches(target, a))) continue;
        context.report({
          node,
          messageId: 'floor',
          data: { spec: source, message: floor.message },
        });
        return;
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { floors } };
