# PEP 701: quotes reused inside replacement fields, backslashes, comments, multi-line fields
names = ["a", "b"]
print(f"{", ".join(names)}")
print(f"{f"{f"{1}"}"}")
print(f"{'\n'.join(names)}")
print(f"{"\t".join(names)!r}")
print(f"{  # a comment
    len(names)
}")
print(f"{
    names[0]
    + names[1]
}")
d = {"k": "v"}
print(f"{d["k"]}", f'{d['k']}')
print(f"""{
    "multi"
}""")
print(f"{1:{"<"}5}|")
print(f"{'a' if names else 'b'}", f"{(x := 10)}", x)
print(f"{ 3 :>4}|", f"{3!r :>4}|" if False else "")
