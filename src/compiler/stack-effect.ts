// Net stack effect of each instruction, as Include/internal/pycore_opcode_metadata.h's
// _PyOpcode_num_pushed - _PyOpcode_num_popped (CPython 3.14). tests/unit/compiler-stack.test.ts
// checks this table against the oracle's `_opcode.stack_effect` (fixture made by
// tools/gen-opcodes.mjs). For every instruction the effect is the same whether or not it jumps,
// except the SETUP_* pseudo-instructions, whose jump (to the handler) pushes what the handler gets.
import { Op } from "./opcodes.ts";

export function stackEffect(op: number, oparg: number, jump: boolean): number {
  switch (op) {
    case Op.CACHE:
    case Op.CHECK_EG_MATCH:
    case Op.CHECK_EXC_MATCH:
    case Op.FORMAT_SIMPLE:
    case Op.GET_AITER:
    case Op.GET_ITER:
    case Op.RESERVED:
    case Op.GET_YIELD_FROM_ITER:
    case Op.MAKE_FUNCTION:
    case Op.NOP:
    case Op.NOT_TAKEN:
    case Op.RETURN_VALUE:
    case Op.SETUP_ANNOTATIONS:
    case Op.TO_BOOL:
    case Op.UNARY_INVERT:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.CALL_INTRINSIC_1:
    case Op.CONVERT_VALUE:
    case Op.COPY_FREE_VARS:
    case Op.DELETE_DEREF:
    case Op.DELETE_FAST:
    case Op.DELETE_GLOBAL:
    case Op.DELETE_NAME:
    case Op.EXTENDED_ARG:
    case Op.GET_AWAITABLE:
    case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.JUMP_FORWARD:
    case Op.LOAD_FROM_DICT_OR_DEREF:
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
    case Op.MAKE_CELL:
    case Op.SEND:
    case Op.STORE_FAST_LOAD_FAST:
    case Op.SWAP:
    case Op.YIELD_VALUE:
    case Op.RESUME:
    case Op.ANNOTATIONS_PLACEHOLDER:
    case Op.JUMP:
    case Op.JUMP_IF_FALSE:
    case Op.JUMP_IF_TRUE:
    case Op.JUMP_NO_INTERRUPT:
    case Op.POP_BLOCK:
    case Op.ENTER_EXECUTOR:
      return 0;
    case Op.SETUP_FINALLY:
    case Op.SETUP_WITH:
      return jump ? 1 : 0;
    case Op.SETUP_CLEANUP:
      return jump ? 2 : 0;
    case Op.GET_ANEXT:
    case Op.GET_LEN:
    case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_LOCALS:
    case Op.MATCH_KEYS:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.PUSH_EXC_INFO:
    case Op.PUSH_NULL:
    case Op.RETURN_GENERATOR:
    case Op.WITH_EXCEPT_START:
    case Op.COPY:
    case Op.FOR_ITER:
    case Op.IMPORT_FROM:
    case Op.LOAD_COMMON_CONSTANT:
    case Op.LOAD_CONST:
    case Op.LOAD_DEREF:
    case Op.LOAD_FAST:
    case Op.LOAD_FAST_AND_CLEAR:
    case Op.LOAD_FAST_BORROW:
    case Op.LOAD_FAST_CHECK:
    case Op.LOAD_NAME:
    case Op.LOAD_SMALL_INT:
    case Op.LOAD_SPECIAL:
    case Op.LOAD_CLOSURE:
      return 1;
    case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
    case Op.LOAD_FAST_LOAD_FAST:
      return 2;
    case Op.BINARY_SLICE:
    case Op.DELETE_SUBSCR:
    case Op.END_ASYNC_FOR:
    case Op.MAP_ADD:
    case Op.MATCH_CLASS:
    case Op.STORE_ATTR:
    case Op.STORE_FAST_STORE_FAST:
      return -2;
    case Op.BUILD_TEMPLATE:
    case Op.CLEANUP_THROW:
    case Op.END_FOR:
    case Op.END_SEND:
    case Op.EXIT_INIT_CHECK:
    case Op.FORMAT_WITH_SPEC:
    case Op.INTERPRETER_EXIT:
    case Op.POP_EXCEPT:
    case Op.POP_ITER:
    case Op.POP_TOP:
    case Op.BINARY_OP:
    case Op.CALL_INTRINSIC_2:
    case Op.COMPARE_OP:
    case Op.CONTAINS_OP:
    case Op.DELETE_ATTR:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
    case Op.IMPORT_NAME:
    case Op.IS_OP:
    case Op.LIST_APPEND:
    case Op.LIST_EXTEND:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.RERAISE:
    case Op.SET_ADD:
    case Op.SET_FUNCTION_ATTRIBUTE:
    case Op.SET_UPDATE:
    case Op.STORE_DEREF:
    case Op.STORE_FAST:
    case Op.STORE_GLOBAL:
    case Op.STORE_NAME:
    case Op.STORE_FAST_MAYBE_NULL:
      return -1;
    case Op.CALL_FUNCTION_EX:
    case Op.STORE_SUBSCR:
      return -3;
    case Op.STORE_SLICE:
      return -4;
    // Effects that depend on the oparg.
    case Op.BUILD_INTERPOLATION:
      return -1 - (oparg & 1);
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_SLICE:
    case Op.BUILD_STRING:
    case Op.BUILD_TUPLE:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.CALL:
      return -1 - oparg;
    case Op.CALL_KW:
      return -2 - oparg;
    case Op.LOAD_ATTR:
      return oparg & 1;
    case Op.LOAD_GLOBAL:
      return 1 + (oparg & 1);
    case Op.LOAD_SUPER_ATTR:
      return -2 + (oparg & 1);
    case Op.RAISE_VARARGS:
      return 0 - oparg;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
  }
  throw new Error(`stackEffect: unknown opcode ${op}`);
}
