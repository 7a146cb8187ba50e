// npm run gen:glossary: writes the README's Glossary section (between <!-- glossary:start --> and
// <!-- glossary:end -->) from site/src/glossary.ts, the list the page shows too.
//   node scripts/gen-glossary.mjs           rewrite the section
//   node scripts/gen-glossary.mjs --check   exit 1 when README.md differs from what it would write
//   --readme=PATH                           another file than README.md (the tests use a copy)
// glossary.ts is TypeScript: esbuild (a devDependency) bundles it to one ES module in memory, which
// is imported from a data: URL. tests/site/glossary.test.ts checks the README against the same text.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { buildSync } from 'esbuild';

const root = new URL('../', import.meta.url);
const glossaryPath = fileURLToPath(new URL('site/src/glossary.ts', root));

/** site/src/glossary.ts as a module: { GLOSSARY, glossaryMarkdown, README_GLOSSARY_START, README_GLOSSARY_END, ... }. */
export async function loadGlossary() {
  const result = buildSync({ entryPoints: [glossaryPath], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** `readme` with its glossary section replaced by `section`; throws when the markers are missing or out of order. */
export function replaceSection(readme, section, start, end) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0 || to < from || readme.indexOf(start, from + 1) >= 0 || readme.indexOf(end, to + 1) >= 0) {
    throw new Error(`README.md needs exactly one ${start} followed by one ${end}`);
  }
  return `${readme.slice(0, from + start.length)}\n${section}${readme.slice(to)}`;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const readmeArg = args.find((arg) => arg.startsWith('--readme='));
  const unknown = args.filter((arg) => arg !== '--check' && arg !== readmeArg);
  if (unknown.length > 0) {
    console.error(`gen-glossary: unknown argument ${unknown.join(' ')} (--check, --readme=PATH)`);
    process.exit(2);
  }
  const readmePath = readmeArg ? readmeArg.slice('--readme='.length) : fileURLToPath(new URL('README.md', root));
  const glossary = await loadGlossary();
  const readme = readFileSync(readmePath, 'utf8');
  const next = replaceSection(readme, glossary.glossaryMarkdown(), glossary.README_GLOSSARY_START, glossary.README_GLOSSARY_END);
  if (check) {
    if (next !== readme) {
      console.error(`gen-glossary: the glossary section of ${readmePath} differs from site/src/glossary.ts; run npm run gen:glossary`);
      process.exit(1);
    }
    console.log(`gen-glossary: ${readmePath} is up to date (${glossary.GLOSSARY.length} entries)`);
    return;
  }
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(`gen-glossary: ${next === readme ? `${readmePath} already up to date` : `wrote ${readmePath}`} (${glossary.GLOSSARY.length} entries)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`gen-glossary: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
