import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which file holds the active read models. A rebuild writes the new version into a file of its
 * own and, once it has caught up, names it here (written beside and renamed over, so a crash
 * leaves the old name or the new one, never half of either). Without a pointer the read models
 * are in `read-models.sqlite`, where they always were.
 */
const POINTER = 'read-models.current';
const FIRST = 'read-models.sqlite';
const GENERATION = /^read-models(-[\w.-]+)?\.sqlite$/;

export const activeGenerationFile = (dataDir: string): string => {
  const pointer = join(dataDir, POINTER);
  const named = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : '';
  return join(dataDir, GENERATION.test(named) ? named : FIRST);
};

export const nextGenerationFile = (dataDir: string, label: string): string =>
  join(dataDir, `read-models-${label.replace(/[^\w.-]/g, '_')}.sqlite`);

export const makeGenerationActive = (dataDir: string, file: string): void => {
  const pointer = join(dataDir, POINTER);
  writeFileSync(`${pointer}.next`, file.slice(dataDir.length + 1));
  renameSync(`${pointer}.next`, pointer);
};

/** A read-model file and its WAL companions: derived data, rebuilt from the log at will. */
export const removeGenerationFile = (file: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
};

/** Files of rebuilds that never became active (the process stopped half-way). */
export const abandonedGenerationFiles = (dataDir: string): string[] => {
  if (!existsSync(dataDir)) return [];
  const active = activeGenerationFile(dataDir);
  return readdirSync(dataDir)
    .filter((name) => GENERATION.test(name))
    .map((name) => join(dataDir, name))
    .filter((file) => file !== active);
};
