import sys
print("before")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code)
sys.exit("goodbye message")
