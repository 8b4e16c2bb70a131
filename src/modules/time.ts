// The `time` module (Modules/timemodule.c, CPython 3.14): clocks (time, monotonic,
// perf_counter, process_time, thread_time and their _ns forms, clock_gettime), sleep,
// struct_time, gmtime/localtime/mktime, asctime/ctime, strftime (C-locale directives as glibc
// prints them), strptime (through the stdlib's _strptime, as CPython does), the timezone
// constants from the host's local time zone, and get_clock_info.
//
// The clocks use the JavaScript platform (performance.now, Date): available on Node and in
// browsers alike; process CPU time comes from the Node process when there is one.
import { call, getAttr, index, typeName } from "../objects/abstract.ts";
import { checkPositional } from "../objects/args.ts";
import { raise, raiseOverflowError, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyFloat } from "../objects/float.ts";
import type { PyModule } from "../objects/module.ts";
import { asIntValue, normInt } from "../objects/numeric.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { typeOf } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule } from "./modutil.ts";
import { makeStructSeqType, PyStructSeq } from "./structseq.ts";
import { newNamespace, sysState } from "./sys.ts";

type Kw = readonly string[] | null;

// ---------------------------------------------------------------- clocks

interface NodeProcess {
  cpuUsage?: () => { user: number; system: number };
  hrtime?: { bigint?: () => bigint };
}
const proc = (globalThis as { process?: NodeProcess }).process;
const perf = (globalThis as { performance?: { now(): number; timeOrigin: number } }).performance;

function nowMs(): number {
  return perf !== undefined ? perf.timeOrigin + perf.now() : Date.now();
}
function monoMs(): number {
  return perf !== undefined ? perf.now() : Date.now();
}
function monoNs(): bigint {
  if (proc?.hrtime?.bigint !== undefined) return proc.hrtime.bigint();
  return BigInt(Math.round(monoMs() * 1e6));
}
function cpuNs(): bigint {
  if (proc?.cpuUsage !== undefined) {
    const u = proc.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  return monoNs();
}

function f(x: number): PyFloat {
  return new PyFloat(x);
}

function noArgs(name: string, args: PyValue[], kw: Kw): void {
  if (kw !== null && kw.length > 0) raiseTypeError(`time.${name}() takes no keyword arguments`);
  if (args.length !== 0) raiseTypeError(`time.${name}() takes no arguments (${args.length} given)`);
}

/** Blocks for `ms` milliseconds (Atomics.wait where allowed, else a busy wait). */
function blockFor(ms: number): void {
  if (ms <= 0) return;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return;
  } catch {
    const end = monoMs() + ms;
    while (monoMs() < end) {
      // busy wait (browser main thread)
    }
  }
}

function timeSleep(args: PyValue[], kw: Kw): PyValue {
  if (kw !== null && kw.length > 0) raiseTypeError("time.sleep() takes no keyword arguments");
  if (args.length !== 1) raiseTypeError(`time.sleep() takes exactly one argument (${args.length} given)`);
  const v = args[0];
  let secs: number;
  if (v instanceof PyFloat) secs = v.value;
  else {
    const n = asIntValue(v);
    if (n === undefined) {
      if (typeOf(v).nb.nb_index === null && typeOf(v).nb.nb_float === null)
        raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer or float`);
      secs = Number(index(v));
    } else secs = Number(n);
  }
  if (Number.isNaN(secs)) raiseValueError("Invalid value NaN (not a number)");
  if (secs < 0) raiseValueError("sleep length must be non-negative");
  if (!Number.isFinite(secs)) raiseOverflowError("timestamp too large to convert to C _PyTime_t");
  blockFor(secs * 1000);
  return None;
}

// ---------------------------------------------------------------- struct_time

const structTime = makeStructSeqType(
  "time.struct_time",
  [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
  ],
  9,
);
export const structTimeType = structTime.type;

interface Tm {
  year: number;
  mon: number; // 1..12
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Monday = 0
  yday: number; // 1..366
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

function tmToStruct(tm: Tm): PyStructSeq {
  return structTime.make([
    tm.year,
    tm.mon,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    tm.wday,
    tm.yday,
    tm.isdst,
    tm.zone === null ? None : tm.zone,
    tm.gmtoff === null ? None : tm.gmtoff,
  ]);
}

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** Seconds argument (None: now) as whole seconds, floor-rounded as _PyTime_ObjectToTime_t. */
function secondsArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return Math.floor(nowMs() / 1000);
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) raiseValueError("Invalid value NaN (not a number)");
    const s = Math.floor(v.value);
    if (!Number.isFinite(s) || Math.abs(s) > 8.64e12)
      raiseOverflowError("timestamp out of range for platform time_t");
    return s;
  }
  const n = index(v);
  if (typeof n === "bigint" || Math.abs(n) > 8.64e12)
    raiseOverflowError("timestamp out of range for platform time_t");
  return n;
}

function gmtimeOf(secs: number): Tm {
  const d = new Date(secs * 1000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return {
    year: y,
    mon: m,
    mday: day,
    hour: d.getUTCHours(),
    min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7,
    yday: dayOfYear(y, m, day),
    isdst: 0,
    zone: "GMT",
    gmtoff: 0,
  };
}

function localtimeOf(secs: number): Tm {
  const d = new Date(secs * 1000);
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  const off = -d.getTimezoneOffset() * 60;
  const tz = tzInfo(y);
  const isdst = tz.daylight && off !== -tz.timezone ? 1 : 0;
  return {
    year: y,
    mon: m,
    mday: day,
    hour: d.getHours(),
    min: d.getMinutes(),
    sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7,
    yday: dayOfYear(y, m, day),
    isdst,
    zone: zoneName(d),
    gmtoff: off,
  };
}

/** The local zone's abbreviation for a date ("UTC", "CET", ...; "GMT+1" style when Intl has none). */
function zoneName(d: Date): string {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d);
    const p = parts.find((x) => x.type === "timeZoneName");
    if (p !== undefined) return p.value === "GMT" && d.getTimezoneOffset() === 0 ? "UTC" : p.value;
  } catch {
    // no Intl
  }
  return "UTC";
}

function tzInfo(year: number): {
  timezone: number;
  altzone: number;
  daylight: boolean;
  names: [string, string];
} {
  const jan = new Date(year, 0, 1);
  const jul = new Date(year, 6, 1);
  const janzone = jan.getTimezoneOffset() * 60;
  const julzone = jul.getTimezoneOffset() * 60;
  const janname = zoneName(jan);
  const julname = zoneName(jul);
  if (janzone < julzone)
    return { timezone: julzone, altzone: janzone, daylight: janzone !== julzone, names: [julname, janname] };
  return { timezone: janzone, altzone: julzone, daylight: janzone !== julzone, names: [janname, julname] };
}

/** gettmarg: a struct_time or 9-tuple as a Tm. */
function tmArg(v: PyValue, fname: string): Tm {
  if (!(v instanceof PyTuple)) raiseTypeError("Tuple or struct_time argument required");
  const items = v.items;
  if (items.length !== 9) raiseTypeError(`${fname}(): illegal time tuple argument`);
  const ints = items.map((x) => {
    const n = asIntValue(x);
    if (n === undefined) {
      if (x instanceof PyFloat) raiseTypeError("'float' object cannot be interpreted as an integer");
      return Number(index(x));
    }
    if (typeof n === "bigint") raiseOverflowError("Python int too large to convert to C int");
    return n;
  });
  let zone: string | null = null;
  let gmtoff: number | null = null;
  if (v instanceof PyStructSeq && v.type === structTimeType) {
    const z = v.hidden[0];
    const g = v.hidden[1];
    zone = typeof z === "string" ? z : null;
    gmtoff = typeof g === "number" ? g : null;
  }
  return {
    year: ints[0],
    mon: ints[1],
    mday: ints[2],
    hour: ints[3],
    min: ints[4],
    sec: ints[5],
    wday: ints[6],
    yday: ints[7],
    isdst: ints[8],
    zone,
    gmtoff,
  };
}

/** checktm + the normalisations of time_strftime / time_asctime. */
function checkTm(tm: Tm, strftimeMode: boolean): void {
  if (strftimeMode) {
    if (tm.mon === 0) tm.mon = 1;
    if (tm.mday === 0) tm.mday = 1;
    if (tm.yday === 0) tm.yday = 1;
    if (tm.isdst < -1) tm.isdst = -1;
    else if (tm.isdst > 1) tm.isdst = 1;
  }
  if (tm.mon < 1 || tm.mon > 12) raiseValueError("month out of range");
  if (tm.mday < 1 || tm.mday > 31) raiseValueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) raiseValueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) raiseValueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) raiseValueError("seconds out of range");
  // gettmarg stores (wday + 1) % 7 (C's Sunday = 0), which checktm requires to be >= 0
  const cwday = (tm.wday + 1) % 7;
  if (cwday < 0) raiseValueError("day of week out of range");
  tm.wday = (cwday + 6) % 7;
  if (tm.yday < 1 || tm.yday > 366) raiseValueError("day of year out of range");
}

// ---------------------------------------------------------------- formatting

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function pad(n: number, width: number, c = "0"): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : c.repeat(width - s.length) + s);
}

function asctimeOf(tm: Tm): string {
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, " ")} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

/** ISO 8601 year and week of a date (for %G, %g, %V). */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon0 = tm.wday; // Monday = 0
  const thursdayYday = tm.yday - wdayMon0 + 3; // yday of this week's Thursday
  let year = tm.year;
  let yd = thursdayYday;
  const daysIn = (y: number) => ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365);
  if (yd < 1) {
    year--;
    yd += daysIn(year);
  } else if (yd > daysIn(year)) {
    yd -= daysIn(year);
    year++;
  }
  return [year, Math.floor((yd - 1) / 7) + 1];
}

function strftimeOf(fmt: string, tm: Tm): string {
  let out = "";
  const wdaySun0 = (tm.wday + 1) % 7;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i];
    switch (d) {
      case "a":
        out += DAYS[tm.wday].slice(0, 3);
        break;
      case "A":
        out += DAYS[tm.wday];
        break;
      case "b":
      case "h":
        out += MONTHS[tm.mon - 1].slice(0, 3);
        break;
      case "B":
        out += MONTHS[tm.mon - 1];
        break;
      case "c":
        out += asctimeOf(tm);
        break;
      case "C":
        out += pad(Math.floor(tm.year / 100), 2);
        break;
      case "d":
        out += pad(tm.mday, 2);
        break;
      case "D":
        out += `${pad(tm.mon, 2)}/${pad(tm.mday, 2)}/${pad(((tm.year % 100) + 100) % 100, 2)}`;
        break;
      case "e":
        out += pad(tm.mday, 2, " ");
        break;
      case "F":
        out += `${tm.year}-${pad(tm.mon, 2)}-${pad(tm.mday, 2)}`;
        break;
      case "G":
        out += String(isoWeek(tm)[0]);
        break;
      case "g":
        out += pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
        break;
      case "H":
        out += pad(tm.hour, 2);
        break;
      case "I":
        out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2);
        break;
      case "j":
        out += pad(tm.yday, 3);
        break;
      case "k":
        out += pad(tm.hour, 2, " ");
        break;
      case "l":
        out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2, " ");
        break;
      case "m":
        out += pad(tm.mon, 2);
        break;
      case "M":
        out += pad(tm.min, 2);
        break;
      case "n":
        out += "\n";
        break;
      case "p":
        out += tm.hour < 12 ? "AM" : "PM";
        break;
      case "P":
        out += tm.hour < 12 ? "am" : "pm";
        break;
      case "r":
        out += `${pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.hour < 12 ? "AM" : "PM"}`;
        break;
      case "R":
        out += `${pad(tm.hour, 2)}:${pad(tm.min, 2)}`;
        break;
      case "s":
        out += String(Math.floor(mktimeOf(tm)));
        break;
      case "S":
        out += pad(tm.sec, 2);
        break;
      case "t":
        out += "\t";
        break;
      case "T":
      case "X":
        out += `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`;
        break;
      case "u":
        out += String(tm.wday + 1);
        break;
      case "U":
        out += pad(Math.floor((tm.yday - 1 + 7 - wdaySun0) / 7), 2);
        break;
      case "V":
        out += pad(isoWeek(tm)[1], 2);
        break;
      case "w":
        out += String(wdaySun0);
        break;
      case "W":
        out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2);
        break;
      case "x":
        out += `${pad(tm.mon, 2)}/${pad(tm.mday, 2)}/${pad(((tm.year % 100) + 100) % 100, 2)}`;
        break;
      case "y":
        out += pad(((tm.year % 100) + 100) % 100, 2);
        break;
      case "Y":
        out += String(tm.year);
        break;
      case "z": {
        const off = tm.gmtoff ?? 0;
        const a = Math.abs(off);
        out += `${off < 0 ? "-" : "+"}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
        break;
      }
      case "Z":
        out += tm.zone ?? "";
        break;
      case "%":
        out += "%";
        break;
      default:
        out += `%${d}`;
    }
  }
  return out;
}

function mktimeOf(tm: Tm): number {
  const d = new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec);
  if (tm.year >= 0 && tm.year < 100) d.setFullYear(tm.year);
  const t = d.getTime();
  if (Number.isNaN(t)) raiseOverflowError("mktime argument out of range");
  return t / 1000;
}

// ---------------------------------------------------------------- functions

function optTm(args: PyValue[], fname: string, strftimeMode: boolean): Tm {
  if (args.length === 0) return localtimeOf(Math.floor(nowMs() / 1000));
  const tm = tmArg(args[0], fname);
  checkTm(tm, strftimeMode);
  return tm;
}

function importModule(name: string): PyValue {
  const builtins = sysState?.modules.getStr("builtins");
  if (builtins === undefined) raise(E.PyExc_ImportError, `No module named '${name}'`);
  return call(getAttr(builtins, "__import__"), [name]);
}

function clockInfo(name: string): PyValue {
  switch (name) {
    case "time":
      return newNamespace({
        implementation: "clock_gettime(CLOCK_REALTIME)",
        monotonic: false,
        adjustable: true,
        resolution: f(1e-9),
      });
    case "monotonic":
    case "perf_counter":
      return newNamespace({
        implementation: "clock_gettime(CLOCK_MONOTONIC)",
        monotonic: true,
        adjustable: false,
        resolution: f(1e-9),
      });
    case "process_time":
      return newNamespace({
        implementation: "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
        monotonic: true,
        adjustable: false,
        resolution: f(1e-9),
      });
    case "thread_time":
      return newNamespace({
        implementation: "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
        monotonic: true,
        adjustable: false,
        resolution: f(1e-9),
      });
    default:
      raiseValueError("unknown clock");
  }
}

const CLOCKS: Record<string, number> = {
  CLOCK_REALTIME: 0,
  CLOCK_MONOTONIC: 1,
  CLOCK_PROCESS_CPUTIME_ID: 2,
  CLOCK_THREAD_CPUTIME_ID: 3,
  CLOCK_MONOTONIC_RAW: 4,
  CLOCK_BOOTTIME: 7,
  CLOCK_TAI: 11,
};

function clockNs(clk: number): bigint {
  switch (clk) {
    case 0:
      return BigInt(Math.round(nowMs() * 1e6));
    case 11:
      return BigInt(Math.round(nowMs() * 1e6)) + 37_000_000_000n;
    case 1:
    case 4:
    case 7:
      return monoNs();
    case 2:
    case 3:
      return cpuNs();
    default:
      throw raiseOSErrorEINVAL();
  }
}

function raiseOSErrorEINVAL(): never {
  raise(E.PyExc_OSError, "[Errno 22] Invalid argument");
}

function clkArg(args: PyValue[], kw: Kw, name: string): number {
  if (kw !== null && kw.length > 0) raiseTypeError(`time.${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`time.${name}() takes exactly one argument (${args.length} given)`);
  const n = index(args[0]);
  return Number(n);
}

export function createTimeModule(): PyModule {
  const m = newBuiltinModule(
    "time",
    "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating-point number (to represent fractions of seconds).\nThe epoch is the point where the time starts, the return value of time.gmtime(0).\nIt is January 1, 1970, 00:00:00 (UTC) on all platforms.\n",
  );
  addFunction(m, "time", (args, kw) => {
    noArgs("time", args, kw);
    return f(nowMs() / 1000);
  });
  addFunction(m, "time_ns", (args, kw) => {
    noArgs("time_ns", args, kw);
    return normInt(BigInt(Math.round(nowMs() * 1e6)));
  });
  addFunction(m, "monotonic", (args, kw) => {
    noArgs("monotonic", args, kw);
    return f(Number(monoNs()) / 1e9);
  });
  addFunction(m, "monotonic_ns", (args, kw) => {
    noArgs("monotonic_ns", args, kw);
    return normInt(monoNs());
  });
  addFunction(m, "perf_counter", (args, kw) => {
    noArgs("perf_counter", args, kw);
    return f(Number(monoNs()) / 1e9);
  });
  addFunction(m, "perf_counter_ns", (args, kw) => {
    noArgs("perf_counter_ns", args, kw);
    return normInt(monoNs());
  });
  addFunction(m, "process_time", (args, kw) => {
    noArgs("process_time", args, kw);
    return f(Number(cpuNs()) / 1e9);
  });
  addFunction(m, "process_time_ns", (args, kw) => {
    noArgs("process_time_ns", args, kw);
    return normInt(cpuNs());
  });
  addFunction(m, "thread_time", (args, kw) => {
    noArgs("thread_time", args, kw);
    return f(Number(cpuNs()) / 1e9);
  });
  addFunction(m, "thread_time_ns", (args, kw) => {
    noArgs("thread_time_ns", args, kw);
    return normInt(cpuNs());
  });
  addFunction(m, "sleep", timeSleep);
  addFunction(m, "gmtime", (args, kw) => {
    if (kw?.length) raiseTypeError("time.gmtime() takes no keyword arguments");
    checkPositional("gmtime", args.length, 0, 1);
    return tmToStruct(gmtimeOf(secondsArg(args[0])));
  });
  addFunction(m, "localtime", (args, kw) => {
    if (kw?.length) raiseTypeError("time.localtime() takes no keyword arguments");
    checkPositional("localtime", args.length, 0, 1);
    return tmToStruct(localtimeOf(secondsArg(args[0])));
  });
  addFunction(m, "mktime", (args, kw) => {
    if (kw?.length) raiseTypeError("time.mktime() takes no keyword arguments");
    if (args.length !== 1) raiseTypeError(`time.mktime() takes exactly one argument (${args.length} given)`);
    return f(mktimeOf(tmArg(args[0], "mktime")));
  });
  addFunction(m, "asctime", (args, kw) => {
    if (kw?.length) raiseTypeError("time.asctime() takes no keyword arguments");
    checkPositional("asctime", args.length, 0, 1);
    return asctimeOf(optTm(args, "asctime", false));
  });
  addFunction(m, "ctime", (args, kw) => {
    if (kw?.length) raiseTypeError("time.ctime() takes no keyword arguments");
    checkPositional("ctime", args.length, 0, 1);
    return asctimeOf(localtimeOf(secondsArg(args[0])));
  });
  addFunction(m, "strftime", (args, kw) => {
    if (kw?.length) raiseTypeError("time.strftime() takes no keyword arguments");
    checkPositional("strftime", args.length, 1, 2);
    const fmt = args[0];
    if (typeof fmt !== "string") raiseTypeError(`strftime() argument 1 must be str, not ${typeName(fmt)}`);
    return strftimeOf(fmt, optTm(args.slice(1), "strftime", true));
  });
  addFunction(m, "strptime", (args, kw) => {
    if (kw?.length) raiseTypeError("time.strptime() takes no keyword arguments");
    checkPositional("strptime", args.length, 1, 2);
    const mod = importModule("_strptime");
    return call(getAttr(mod, "_strptime_time"), args.slice());
  });
  addFunction(m, "get_clock_info", (args, kw) => {
    if (kw?.length) raiseTypeError("time.get_clock_info() takes no keyword arguments");
    if (args.length !== 1)
      raiseTypeError(`time.get_clock_info() takes exactly one argument (${args.length} given)`);
    const name = args[0];
    if (typeof name !== "string")
      raiseTypeError(`get_clock_info() argument must be str, not ${typeName(name)}`);
    return clockInfo(name);
  });
  addFunction(m, "clock_gettime", (args, kw) => f(Number(clockNs(clkArg(args, kw, "clock_gettime"))) / 1e9));
  addFunction(m, "clock_gettime_ns", (args, kw) => normInt(clockNs(clkArg(args, kw, "clock_gettime_ns"))));
  addFunction(m, "clock_getres", (args, kw) => {
    const clk = clkArg(args, kw, "clock_getres");
    if (!Object.values(CLOCKS).includes(clk)) raiseOSErrorEINVAL();
    return f(1e-9);
  });
  for (const [name, v] of Object.entries(CLOCKS)) m.dict.setStr(name, v);
  const tz = tzInfo(new Date().getFullYear());
  m.dict.setStr("timezone", tz.timezone);
  m.dict.setStr("altzone", tz.altzone);
  m.dict.setStr("daylight", tz.daylight ? 1 : 0);
  m.dict.setStr("tzname", newTuple(tz.names));
  m.dict.setStr("struct_time", structTimeType);
  m.dict.setStr("_STRUCT_TM_ITEMS", 11);
  readyAllTypes();
  return m;
}
