/** Tables of the users, sessions and access. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountTables {}
