/**
 * Luhn (ISO/IEC 7812) over a string of digits, check digit last: ICCIDs end with one (ITU-T E.118),
 * SIRETs and Israeli ids are checked with it. Anything but digits is not valid.
 */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
