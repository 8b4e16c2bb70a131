d = {**a if b else c}
