import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeBuildDir, firefoxBuildDir } from './paths';

const readManifest = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));

const apiPermissions = ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'tabs'];
const hosts = [
  'https://www.linkedin.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

// Least privilege is a promise to users: widening it must be a deliberate edit here.
describe('the built manifests ask for exactly these permissions', () => {
  it('Chrome (MV3)', () => {
    const manifest = readManifest(chromeBuildDir);
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual([...apiPermissions, 'sidePanel'].sort());
    expect([...manifest.host_permissions].sort()).toEqual([...hosts].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('Firefox', () => {
    const manifest = readManifest(firefoxBuildDir);
    const declared = [...manifest.permissions, ...(manifest.host_permissions ?? [])].sort();
    expect(declared).toEqual([...apiPermissions, ...hosts].sort());
  });

  it.each([
    ['Chrome', chromeBuildDir],
    ['Firefox', firefoxBuildDir],
  ])('%s: no web-accessible resource a page could probe, unless its URL is dynamic', (_name, dir) => {
    const resources: Array<string | { use_dynamic_url?: boolean }> =
      readManifest(dir).web_accessible_resources ?? [];
    for (const entry of resources) {
      expect(typeof entry === 'object' && entry.use_dynamic_url === true).toBe(true);
    }
  });

  it.each([
    ['Chrome', chromeBuildDir],
    ['Firefox', firefoxBuildDir],
  ])('%s: named Rapport, with real icons at every size', (_name, dir) => {
    const manifest = readManifest(dir);
    expect(manifest.name).toBe('Rapport');
    expect(manifest.description.length).toBeGreaterThan(20);
    for (const size of ['16', '32', '48', '128']) {
      const png = readFileSync(`${dir}/${manifest.icons[size]}`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Width is stored big-endian at byte 16 of a PNG's IHDR.
      expect(png.readUInt32BE(16)).toBe(Number(size));
    }
  });
});
