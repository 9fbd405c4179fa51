// Lets browser tests validate a document with Ajv (a real JSON Schema validator) running in Node:
//   await executeServerCommand('validate-json-schema', { schema: 'test/fixtures/...json', data })
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export function jsonSchemaPlugin(rootDir) {
  const cache = new Map();
  return {
    name: 'roseup-json-schema',
    async executeCommand({ command, payload }) {
      if (command !== 'validate-json-schema') return undefined;
      const schemaPath = resolve(rootDir, payload.schema);
      let validate = cache.get(schemaPath);
      if (!validate) {
        const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
        const ajv = new Ajv({ allErrors: true, strict: false });
        addFormats(ajv);
        validate = ajv.compile(schema);
        cache.set(schemaPath, validate);
      }
      const valid = validate(payload.data);
      return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
    },
  };
}
