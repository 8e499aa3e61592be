import { formatNumber } from '../../lib/format';
import { pluralFor } from '../../lib/plural';

/**
 * Latin American Spanish (es-419): the readers this serves are in Mexico, Latin America
 * and Spanish-speaking US communities. It groups thousands as the sources' qualifiers
 * do ("más de 3,000"; es-ES would write "3000" and "3.000.000"), uses a decimal point
 * ("2.1 millones"), and writes dollars as "USD 3,250,000", which a Mexican reader cannot
 * mistake for pesos (es-US and es-MX's "$" means the local currency to many readers).
 */
export const LOCALE = 'es-419';
export const n = (value: number) => formatNumber(value, LOCALE);
export const p = pluralFor(LOCALE);
