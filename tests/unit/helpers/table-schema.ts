// Validates a CSV file against a Table Schema with Frictionless Data's own library (`tableschema`):
// the schema is checked strictly, then the headers against its field names and every row cast to
// its fields, with their constraints (required, pattern, enum, minimum, maximum, maxLength, types
// and formats). Returns the library's messages, one per problem; empty when the file conforms.
import { Schema, Table, TableSchemaError } from 'tableschema';

export async function tableSchemaErrors(csvFile: string, descriptor: object): Promise<string[]> {
  // The library's types declare load() synchronous; it returns a promise.
  const schema = await Promise.resolve(Schema.load(descriptor, { strict: true }));
  if (!schema.valid) return [`schéma invalide : ${JSON.stringify(schema.errors)}`];
  const table = await Table.load(csvFile, { schema: descriptor, headers: 1 });
  const errors: string[] = [];
  try {
    const rows: unknown[] = await Promise.resolve(table.read({ forceCast: true }));
    rows.forEach((row, index) => {
      if (row instanceof TableSchemaError)
        errors.push(...(row.errors?.length ? row.errors : [row]).map((e) => `ligne ${index + 2} : ${e.message}`));
    });
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  return errors;
}
