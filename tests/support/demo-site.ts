import { inject } from 'vitest';

/** The shared demo site of the browser project, as a test file sees it (it never stops it). */
export interface DemoSite {
  url: string;
  /** The site's data folder: CLIs run beside the server through its socket (README, "The embedded database has one owner"); mail lands in `mail/`. */
  dataDir: string;
  /** What the server printed until it served (the demo accounts' passwords are in it). */
  output(): string;
}

/**
 * The one demo site started by tests/support/demo-site-setup.ts. Files share it, two at a time: each writes only
 * its own kenmerken, accounts and organisations' data, and asserts no count another file can change.
 */
export function demoSite(): DemoSite {
  const { url, dataDir, startOutput } = inject('demoSite');
  return { url, dataDir, output: () => startOutput };
}
