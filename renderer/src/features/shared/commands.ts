import { redoEdit, undoEdit } from '../../state/store'

/** Ctrl+Z / Ctrl+Y inside a grid undo and redo the whole document. */
export const GRID_COMMANDS = { undo: undoEdit, redo: redoEdit }
