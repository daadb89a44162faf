// The SIREN (9 digits, the legal unit) and SIRET (the SIREN + the 5 digits of the establishment's
// NIC) numbers and their check keys. INSEE's rule (Répertoire SIRENE) is the Luhn algorithm: over
// the 9 digits of a SIREN, over the 14 of a SIRET. One exception that INSEE documents: the
// establishments of La Poste (SIREN 356 000 000), too many for the Luhn key, whose SIRET digits
// add up to a multiple of 5 (the SIREN of La Poste itself keeps a valid Luhn key).

const LA_POSTE_SIREN = '356000000';

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right: every second digit is doubled (and 9 taken off when it passes 9).
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether `value` is a SIREN whose Luhn key holds (9 digits, nothing else): « 213802291 ». */
export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

/** Whether `value` is a SIRET whose check key holds (14 digits, nothing else). */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN))
    return [...value].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0 || luhnValid(value);
  return luhnValid(value);
}

/** Why `value` is not a SIRET, in French (to follow « Le SIRET … »), or null when it is one. */
export function siretProblem(value: string): string | null {
  if (!/^\d{14}$/.test(value)) return 'doit comporter 14 chiffres';
  if (!isValidSiret(value)) return 'a une clé de contrôle fausse : vérifiez les chiffres';
  return null;
}

/**
 * A SIRET whose key holds, built from 13 digits by choosing the last NIC digit: for demo data
 * and tests, never for a real establishment.
 */
export function withSiretKey(first13: string): string {
  for (let last = 0; last <= 9; last++) {
    const candidate = `${first13}${last}`;
    if (luhnValid(candidate)) return candidate;
  }
  throw new Error(`${first13} n’a pas 13 chiffres`);
}
