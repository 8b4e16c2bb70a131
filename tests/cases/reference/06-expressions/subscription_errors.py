for expr in ["[1][5]", "(1,)[-2]", "'ab'[9]", "{}['k']", "{}[(1, 2)]", "5[0]", "None[0]", "[][1.0]", "range(3)[5]", "{'a': 1}[['x']]"]:
    try:
        eval(expr)
    except (IndexError, KeyError, TypeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
