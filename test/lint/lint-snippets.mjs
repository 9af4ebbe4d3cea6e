// Lints snippets of code as if each were the repository file it names, with the repository's
// own ESLint config, and prints each snippet's problems as JSON. The import-direction spec runs
// this in a child process: ESLint imports its config as an ES module, which Jest's module
// sandbox cannot do.
import { ESLint } from 'eslint';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const snippets = JSON.parse(process.argv[2] ?? '[]');
const eslint = new ESLint({ cwd: repositoryRoot });
const problems = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  problems.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(problems));
