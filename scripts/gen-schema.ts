// Placeholder until the schema generator lands: writes an empty schema.
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/schema.json', '{}\n');
