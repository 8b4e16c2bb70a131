1 + 1
"docstring-like"
[print(i) for i in range(2)]
x = 5
x
(lambda: print("called"))()
None
import sys
sys.stdout.write("written\n")
