# SystemExit with a status code ends the program quietly.
import sys
print("exiting")
sys.exit(3)
