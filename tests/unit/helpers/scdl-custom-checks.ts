// The SCDL schema's `custom_checks` (checks of the Validata platform, outside Table Schema), run
// as the schema JSON lists them: `french-siret-value` (the column holds a SIRET whose Luhn key
// holds) and `one-of-required` (one of two columns is filled). The Luhn key is computed here
// again, apart from the application's own code, so that the test does not grade it by itself.

function luhn(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map(Number)
    .reduce((total, digit, i) => total + (i % 2 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
  return sum % 10 === 0;
}

/** The problems the schema's custom checks find in `rows` (objects by column name). */
export function customCheckErrors(
  rows: readonly Record<string, string>[],
  checks: readonly { name: string; params: Partial<Record<string, string>> }[],
): string[] {
  const errors: string[] = [];
  for (const check of checks) {
    rows.forEach((row, i) => {
      if (check.name === 'french-siret-value') {
        const value = row[check.params.column!] ?? '';
        if (value && !(/^\d{14}$/.test(value) && luhn(value)))
          errors.push(`ligne ${i + 2} : ${check.params.column} « ${value} » n’est pas un SIRET`);
      } else if (check.name === 'one-of-required') {
        if (!row[check.params.column1!] && !row[check.params.column2!])
          errors.push(`ligne ${i + 2} : ni ${check.params.column1} ni ${check.params.column2}`);
      } else errors.push(`contrôle inconnu : ${check.name}`);
    });
  }
  return errors;
}
