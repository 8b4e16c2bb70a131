// The cell object's behaviour (Objects/cellobject.c). The layout, PyCell { ref }, is declared in
// src/objects/function.ts with the function object that holds cells in its __closure__.
import { richCompare, typeName } from "./abstract.ts";
import { defineGetSets } from "./descr.ts";
import { raiseTypeError, raiseValueError } from "./errors.ts";
import { PyCell } from "./function.ts";
import { CompareOp, type PyValue } from "./object.ts";
import { addressOfValue } from "./object-type.ts";
import { NotImplemented } from "./singletons.ts";
import { cellType } from "./typeobjects.ts";

cellType.tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("cell() takes no keyword arguments");
  if (args.length > 1) raiseTypeError(`cell expected at most 1 argument, got ${args.length}`);
  return new PyCell(args.length === 1 ? args[0] : null);
};
cellType.tp_repr = (c) => {
  const cell = c as PyCell;
  if (cell.ref === null) return `<cell at ${addressOfValue(cell)}: empty>`;
  return `<cell at ${addressOfValue(cell)}: ${typeName(cell.ref)} object at ${addressOfValue(cell.ref)}>`;
};
/** cell_richcompare: compares contents; an empty cell is smaller than any full one. */
cellType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyCell)) return NotImplemented;
  const x = (a as PyCell).ref;
  const y = b.ref;
  if (x !== null && y !== null) return richCompare(x, y, op);
  const ca = x === null ? 0 : 1;
  const cb = y === null ? 0 : 1;
  switch (op) {
    case CompareOp.LT:
      return ca < cb;
    case CompareOp.LE:
      return ca <= cb;
    case CompareOp.EQ:
      return ca === cb;
    case CompareOp.NE:
      return ca !== cb;
    case CompareOp.GT:
      return ca > cb;
    default:
      return ca >= cb;
  }
};

defineGetSets(cellType, {
  cell_contents: {
    get: (c) => {
      const v = (c as PyCell).ref;
      if (v === null) raiseValueError("Cell is empty");
      return v;
    },
    set: (c, v: PyValue | null) => {
      (c as PyCell).ref = v;
    },
  },
});
