// The container operations the eval loop performs (BUILD_LIST, LIST_APPEND, SET_ADD, unpacking,
// *args): one place that binds the VM to the list/set implementations of src/objects.

import { iter, next, toArray } from "../objects/abstract.ts";
import { PyList } from "../objects/list.ts";
import type { PyValue } from "../objects/object.ts";
import { newFrozenSet, newSet, PySet, setAddKey, setUpdate as setUpdateInternal } from "../objects/set.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { listType, tupleType } from "../objects/typeobjects.ts";

export const vmContainers = {
  newList: (items: PyValue[]): PyValue => new PyList(items),
  /** The backing array of a list (exact or subclass: LIST_APPEND targets are exact), or null. */
  listItems: (v: PyValue): PyValue[] | null => (v instanceof PyList ? v.items : null),
  newSet: (items: PyValue[], frozen: boolean): PyValue => (frozen ? newFrozenSet(items) : newSet(items)),
  setAdd: (set: PyValue, v: PyValue): void => setAddKey(set as PySet, v),
};

/** The items of an exact tuple or list without copying, or null. */
export function fastItems(v: PyValue): readonly PyValue[] | null {
  if (v instanceof PyTuple && v.type === tupleType) return v.items;
  if (v instanceof PyList && v.type === listType) return v.items;
  return null;
}

/** PySequence_Tuple. */
export function toTuple(v: PyValue): PyTuple {
  if (v instanceof PyTuple && v.type === tupleType) return v;
  const items = fastItems(v);
  return newTuple(items !== null ? items.slice() : toArray(v));
}

export function setUpdate(set: PyValue, iterable: PyValue): void {
  // _PySet_Update: set_update_internal keeps CPython's table layout (set_merge from a set).
  if (set instanceof PySet) {
    setUpdateInternal(set, iterable);
    return;
  }
  const items = fastItems(iterable);
  if (items !== null) {
    for (let i = 0; i < items.length; i++) vmContainers.setAdd(set, items[i]);
    return;
  }
  const it = iter(iterable);
  for (;;) {
    const x = next(it);
    if (x === undefined) return;
    vmContainers.setAdd(set, x);
  }
}
