/** CBS province code, PV20 (Groningen) to PV31 (Limburg). */
export const PROVINCE_CODE = /^PV(2\d|3[01])$/;
/** CBS COROP code, CR01 to CR40. */
export const COROP_CODE = /^CR(0[1-9]|[1-3]\d|40)$/;
/** CBS municipality code, GM followed by four digits. */
export const MUNICIPALITY_CODE = /^GM\d{4}$/;
/** The code CBS uses for the Netherlands as a whole. */
export const NATIONAL_CODE = 'NL01';
