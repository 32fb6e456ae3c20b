/** The notebook file: format, schema and migrations, ids, pure edits, corrections, undo history, the seed notebook. */
export * from './model';
export * from './ids';
export { SCHEMA_VERSION, migrate, MigrationError } from './migrations';
export { serialiseNotebook, parseNotebook, normaliseNotebook, NotebookFormatError } from './serialise';
export * from './edit';
export * from './corrections';
export * from './seed';
export {
	emptyHistory,
	record as recordStep,
	undo as undoStep,
	redo as redoStep,
	MAX_STEPS,
	type History,
	type Step
} from './history';
export { sourceInput, actorLines, actorProblem } from './inputs';
export * from './rescue';
