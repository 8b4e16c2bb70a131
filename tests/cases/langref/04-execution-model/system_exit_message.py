# SystemExit with a non-integer argument prints it to stderr and exits 1.
raise SystemExit("fatal: bad configuration")
