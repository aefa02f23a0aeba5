// Finding programs and installing Debian packages, for the scripts that run
// tests in real browsers (test-browsers.js, test-atspi.js): on Debian or
// Ubuntu as root they apt-install what is missing; elsewhere they say how.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Absolute path of an executable on PATH, or undefined. */
export function which(command) {
  const result = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found.startsWith('/') ? found : undefined;
}

/** MiniBrowser is not on PATH: it lives in the libwebkit2gtk package's private dir. */
export function findMiniBrowser() {
  const bases = ['/usr/lib', '/usr/libexec'];
  for (const base of bases) {
    const dirs = [base, ...listDir(base).map((name) => path.join(base, name))]; // e.g. /usr/lib/x86_64-linux-gnu
    for (const dir of dirs) {
      for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
        const candidate = path.join(dir, version, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

function listDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export const isRoot = () => process.getuid?.() === 0;

export function aptCommand(packages) {
  return `${isRoot() ? '' : 'sudo '}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Runs a command with visible output; returns whether it succeeded. */
export function run(command, args, env = process.env) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

export function aptInstall(packages) {
  // noninteractive: no debconf prompt may block an unattended CI run.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A partly failed update (one unreachable mirror) can still leave usable lists: try installing anyway.
  if (!run('apt-get', ['update'], env))
    console.warn('warning: apt-get update failed; trying to install anyway.');
  return run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], env);
}
