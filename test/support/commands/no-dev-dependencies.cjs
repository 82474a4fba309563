// Preloaded (node --require) into the built commands under test: any require of a package that
// `npm prune --omit=dev` removes from the production image fails, as it would there.
const Module = require('node:module');
const path = require('node:path');

const pkg = require(path.join(__dirname, '..', '..', '..', 'package.json'));
const development = new Set(Object.keys(pkg.devDependencies || {}));
const resolve = Module._resolveFilename;

Module._resolveFilename = function resolveProductionOnly(request, parent, ...rest) {
  const parts = request.split('/');
  const name = request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  // A production dependency's own dependency stays in the image even when the project also lists
  // it among its development dependencies (feed requires xml-js): only the project's code is checked.
  const fromPackage = /[\\/]node_modules[\\/]/.test(parent?.filename ?? '');
  if (development.has(name) && !fromPackage) {
    throw new Error(`development dependency "${name}" is not in the production image (required: ${request})`);
  }
  return resolve.call(this, request, parent, ...rest);
};
