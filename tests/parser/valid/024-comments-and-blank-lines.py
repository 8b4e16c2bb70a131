# leading comment


def f():  # trailing comment
    # inside


    x = 1  # after x

        # oddly indented comment
    return x
# between

class A:
    pass
    # trailing comment in class



# final comment without newline