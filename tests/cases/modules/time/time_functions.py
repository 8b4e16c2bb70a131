import time

t0 = time.time()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() - m0 >= 0.009, type(time.time_ns()).__name__, time.perf_counter() > 0)
st = time.gmtime(1234567890)
print(st, st.tm_year, st[0], st.tm_zone, len(st), tuple(st))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %W", st), time.asctime(st))
print(time.gmtime(0) == time.struct_time((1970, 1, 1, 0, 0, 0, 3, 1, 0)), time.struct_time.n_fields)
print(time.mktime(time.localtime(1700000000)), time.ctime(0) == time.asctime(time.localtime(0)))
print(time.get_clock_info("monotonic").monotonic, isinstance(time.timezone, int), len(time.tzname))
for t in [lambda: time.sleep(-1), lambda: time.gmtime("x"), lambda: time.struct_time((1, 2)), lambda: time.strftime(1),
          lambda: time.mktime((1,)), lambda: time.get_clock_info("x"), lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
