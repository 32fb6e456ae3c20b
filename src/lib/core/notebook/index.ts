/** The notebook file: format, schema and migrations, ids, pure edits, corrections, the seed notebook. */
export * from './model';
export * from './ids';
export { SCHEMA_VERSION, migrate, MigrationError } from './migrations';
export { serialiseNotebook, parseNotebook, normaliseNotebook, NotebookFormatError } from './serialise';
export * from './edit';
export * from './corrections';
export * from './seed';
