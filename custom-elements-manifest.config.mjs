import { writeFileSync } from 'node:fs';

// The custom elements manifest (dist/custom-elements.json): read from the JSDoc on each element class.

/** Lit reactive state (private or protected fields) is not an attribute a page can set. */
function dropInternalAttributes() {
  return {
    name: 'drop-internal-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          const internal = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
        }
      }
    },
  };
}

/** VS Code custom HTML data, so the editor completes the tags, their attributes and values. */
function vscodeData() {
  return {
    name: 'vscode-html-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      const tags = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => ({
          name: declaration.tagName,
          description: declaration.summary ?? declaration.description ?? '',
          attributes: (declaration.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.name === 'theme' ? { values: ['light', 'dark', 'auto'].map((name) => ({ name })) } : {}),
            ...(attribute.name === 'locale' ? { values: ['en-GB', 'en-US', 'es', 'de', 'fr', 'tr', 'ar'].map((name) => ({ name })) } : {}),
          })),
        }));
      writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The loader's stand-in for a widget whose module failed to load is not an element of the package.
  exclude: ['src/**/*.built-in.ts', 'src/**/*.styles.ts', 'src/loader.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [dropInternalAttributes(), vscodeData()],
};
