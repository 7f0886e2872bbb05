// The JVM options measured one by one, and the class-data archives they need, trained here for each JDK.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './measure.mjs';

/** JVM logging to stderr only: CDS and AOT warnings otherwise go to stdout, into the JSON-RPC stream. */
export const LOG_TO_STDERR = ['-Xlog:disable', '-Xlog:all=warning:stderr'];

export function featureVersion(jdk) {
  const release = readFileSync(join(jdk, 'release'), 'utf8');
  return Number(release.match(/JAVA_VERSION="(\d+)/)[1]);
}

/**
 * The rows of the JVM-options table for one JDK: the defaults, each option alone, the launcher's set
 * (mcp-server/src/launcher/jvm.options) without an archive and, on 25+, with AppCDS and with the AOT cache, both
 * trained here on the same session so that they compare. The probe adds bin/atlassian-mcp as the build makes it.
 */
export function jvmVariants(jdk, launcherFlags) {
  const heap = launcherFlags.filter((flag) => /^-Xm[sx]/.test(flag));
  const variants = [
    { id: 'defaults', label: 'java -jar (JVM defaults)', flags: [] },
    { id: 'serial', label: '+ serial GC', flags: ['-XX:+UseSerialGC'] },
    { id: 'c1', label: '+ C1 only (TieredStopAtLevel=1)', flags: ['-XX:TieredStopAtLevel=1'] },
    { id: 'heap', label: `+ heap ${heap.join(' ')}`, flags: heap },
    { id: 'appcds', label: '+ AppCDS archive', flags: LOG_TO_STDERR, archive: 'cds' },
  ];
  if (featureVersion(jdk) >= 25) {
    variants.push({ id: 'aot', label: '+ AOT cache', flags: LOG_TO_STDERR, archive: 'aot' });
  }
  variants.push({ id: 'launcher-noarchive', label: 'all launcher options, no archive', flags: launcherFlags });
  if (featureVersion(jdk) >= 25) {
    variants.push({ id: 'launcher-appcds', label: 'all launcher options + AppCDS', flags: launcherFlags, archive: 'cds' });
    variants.push({ id: 'launcher-aot', label: 'all launcher options + AOT cache', flags: launcherFlags, archive: 'aot' });
  }
  return variants.filter((variant) => variant.flags.length || variant.id === 'defaults' || variant.archive);
}

/**
 * A training session with the variant's own options that writes the archive at exit (AppCDS: a dynamic archive
 * on top of the JDK's; AOT: JDK 25's one-step AOTCacheOutput); resolves with the options that use it.
 */
export async function trainArchive({ jdk, flags, kind, dir, id, serverFor, logs, expectedKeys }) {
  const file = join(dir, `${id}.${kind === 'aot' ? 'aot' : 'jsa'}`);
  const output = kind === 'aot' ? `-XX:AOTCacheOutput=${file}` : `-XX:ArchiveClassesAtExit=${file}`;
  const trainer = serverFor(`${id}-training`, join(jdk, 'bin', 'java'), [...flags, output]);
  await session(trainer, { logs, calls: 3, searches: 2, expectedKeys, tag: 'training', exitGrace: 120_000 });
  if (!existsSync(file)) throw new Error(`training wrote no ${file}; see ${logs}/${id}-training-training.log`);
  return [kind === 'aot' ? `-XX:AOTCache=${file}` : `-XX:SharedArchiveFile=${file}`];
}
