/** Tables of the applications and hires (measure 6). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface IntakeTables {}
