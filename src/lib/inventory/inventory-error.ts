/** Why an inventory operation was refused. */
export type InventoryErrorCode = 'peildatum' | 'parameter' | 'revisienotitie' | 'niet-gevonden' | 'bevroren';

/** An inventory operation that cannot go ahead; the message is Dutch and can be shown to the user as is. */
export class InventoryError extends Error {
  override name = 'InventoryError';
  readonly code: InventoryErrorCode;
  constructor(code: InventoryErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
