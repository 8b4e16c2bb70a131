value = {"a": [1, 2]}
text = f"""{
    value["a"][0]  # a comment inside the replacement field
    + 1
}"""
other = f"{value[
    'a'
]}"
again = f'{"\n".join(["x", "y"])}'
quoted = f"{'\''}" f'{"\""}'
