// Unit tests for the _io internals no script reaches directly: the incremental decoders at every
// split point, the newline decoder's held "\r", the std streams over a recording host, and the
// Node host's descriptor calls (positions kept by the host, since Node has no lseek).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { HOST_O, type Host, HostError } from "../../src/host/host.ts";
import { NodeHost } from "../../src/host/node.ts";
import { callMethod } from "../../src/objects/abstract.ts";
import "../../src/objects/index.ts";
import { makeDecoder } from "../../src/modules/_io/codec.ts";
import { createStdStreams, setIoHost } from "../../src/modules/_io/index.ts";
import { NewlineDecoder } from "../../src/modules/_io/textio.ts";
import { encodeStr } from "../../src/objects/codecs-core.ts";

const SAMPLE = "aé€\u{1F600}z\n\u00ff\u4e2d";

for (const enc of ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1"]) {
  test(`incremental ${enc} decoding gives the same text at every split point`, () => {
    const text = enc === "latin-1" ? "abc\u00e9\u00ff\n" : SAMPLE;
    const bytes = encodeStr(text, enc, "strict");
    for (let i = 0; i <= bytes.length; i++) {
      for (let j = i; j <= bytes.length; j++) {
        const d = makeDecoder(enc, "strict");
        const out =
          d.decode(bytes.subarray(0, i), false) +
          d.decode(bytes.subarray(i, j), false) +
          d.decode(bytes.subarray(j), true);
        assert.equal(out, text, `split at ${i}/${j}`);
      }
    }
  });
}

test("utf-8 decoder keeps an incomplete sequence in its state", () => {
  const d = makeDecoder("utf-8", "strict");
  assert.equal(d.decode(Uint8Array.of(0x61, 0xe2, 0x82), false), "a");
  assert.deepEqual([...d.getstate()[0]], [0xe2, 0x82]);
  assert.equal(d.decode(Uint8Array.of(0xac), false), "€");
  assert.equal(d.getstate()[0].length, 0);
});

test("newline decoder holds a final \\r until the next chunk", () => {
  const nd = new NewlineDecoder(makeDecoder("utf-8", "strict"), true);
  const enc = new TextEncoder();
  assert.equal(nd.decode(enc.encode("a\r"), false), "a");
  assert.deepEqual(nd.getstate()[1] & 1, 1);
  assert.equal(nd.decode(enc.encode("\nb\r"), false), "\nb");
  assert.equal(nd.decode(new Uint8Array(0), true), "\n");
  assert.equal(nd.seennl, 6);
});

test("std streams: stdout buffered until flush, stderr line-buffered with backslashreplace", () => {
  const writes: [number, string][] = [];
  const fake = {
    fdStat: () => ({ isFile: false, isDirectory: false, size: 0, blksize: 0 }),
    fdIsatty: () => false,
    fdSeek: () => {
      throw new HostError("ESPIPE", 29, "ESPIPE: illegal seek");
    },
    fdWrite: (fd: number, data: Uint8Array) => {
      writes.push([fd, new TextDecoder().decode(data)]);
      return data.length;
    },
  } as unknown as Host;
  setIoHost(fake);
  const { stdout, stderr } = createStdStreams();
  callMethod(stdout, "write", ["hello\n"]);
  assert.deepEqual(writes, []);
  callMethod(stdout, "flush", []);
  assert.deepEqual(writes, [[1, "hello\n"]]);
  callMethod(stderr, "write", ["bad \udc80 x\n"]);
  assert.deepEqual(writes[1], [2, "bad \\udc80 x\n"]);
});

test("node host: descriptor reads, writes, seeks and truncation", () => {
  const host = new NodeHost([]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-io-"));
  const file = path.join(dir, "f.bin");
  try {
    const fd = host.fdOpen(file, HOST_O.RDWR | HOST_O.CREAT | HOST_O.TRUNC, 0o666);
    assert.equal(host.fdWrite(fd, new TextEncoder().encode("0123456789")), 10);
    assert.equal(host.fdSeek(fd, 0, 1), 10);
    assert.equal(host.fdSeek(fd, 2, 0), 2);
    assert.equal(new TextDecoder().decode(host.fdRead(fd, 3)), "234");
    assert.equal(host.fdSeek(fd, -1, 2), 9);
    host.fdTruncate(fd, 4);
    assert.equal(host.fdStat(fd).size, 4);
    assert.equal(host.fdRead(fd, 10).length, 0);
    host.fdClose(fd);
    assert.throws(
      () => host.fdOpen(file, HOST_O.WRONLY | HOST_O.CREAT | HOST_O.EXCL, 0o666),
      (e: unknown) => {
        return (
          e instanceof HostError && e.code === "EEXIST" && e.errno === 17 && e.strerror === "File exists"
        );
      },
    );
    const afd = host.fdOpen(file, HOST_O.WRONLY | HOST_O.APPEND, 0o666);
    host.fdWrite(afd, Uint8Array.of(0x41));
    assert.equal(host.fdSeek(afd, 0, 1), 5);
    host.fdClose(afd);
    assert.equal(fs.readFileSync(file, "latin1"), "0123A");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
