/** Tables of the government-employment inventory (measure 1d). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InventoryTables {}
