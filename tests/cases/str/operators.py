print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "x" * True)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "😀" > "\uffff")
print("a" == "a", "a" != "b", "a" is not None, "b" in "abc", "" in "abc", "bc" in "abc", "x" not in "abc")
for expr in ['"a" + 1', '1 + "a"', '"a" * "b"', '"a" * 1.5', '"a" < 1', '1 in "abc"', '"a" - "b"', '-"a"']:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
print(hash("") == 0, hash("abc") == hash("ab" + "c"))
print(bool(""), bool("0"), bool(" "))
