/**
 * The CRC-32 of a text made of parts, from each part's CRC and length, without reading the parts again (the gzip
 * trailer's CRC of a kept page with this browser's token in it: gzip-page.ts). The CRC is linear over GF(2):
 * appending n bytes to a text multiplies its CRC by x^(8n) modulo the CRC's polynomial, and the CRC of the appended
 * bytes is added. Polynomials are held reflected, as gzip's CRC holds them: bit 31 is x^0, bit 0 is x^31.
 */

/** The CRC-32 polynomial (x^32 + x^26 + … + 1), reflected, without its x^32 term. */
const POLYNOMIAL = 0xedb88320;

/** a × b modulo the polynomial. */
function multiply(a: number, b: number): number {
  let product = 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b;
    // b × x: one place towards x^31; a term leaving x^31 becomes x^32, which is the rest of the polynomial.
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0…63 (squaring x^(2^(k−1))). */
const X_TO_2_TO_THE: number[] = [];
for (let p = 0x40000000, k = 0; k < 64; k++, p = multiply(p, p)) X_TO_2_TO_THE.push(p);

/** What appending `length` bytes does to a CRC: x^(8 × length) modulo the polynomial, to give to `combine`. */
export function appending(length: number): number {
  let operator = 0x80000000;
  for (let k = 3, n = length; n > 0; k++, n = Math.floor(n / 2)) if (n % 2 === 1) operator = multiply(X_TO_2_TO_THE[k]!, operator);
  return operator;
}

/** The CRC-32 of text A followed by text B, from A's CRC, B's CRC and `appending(B's length)`. */
export const combine = (crcOfA: number, crcOfB: number, appendingB: number): number => (multiply(appendingB, crcOfA) ^ crcOfB) >>> 0;
