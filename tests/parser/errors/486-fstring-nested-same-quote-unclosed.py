x = f"{f"{x"}"
