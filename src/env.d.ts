/// <reference types="astro/client" />
declare module '*.geojson?raw' {
  const content: string;
  export default content;
}

declare namespace App {
  interface Locals {
    /** The staff session of this request, looked up only for paths that need it. */
    session: import('./lib/auth/sessions.ts').Session | null;
    /** The organisation whose API token came with this request. */
    tokenOrganisation: string | null;
  }
}
