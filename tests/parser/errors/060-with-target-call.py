with lock as f():
    pass
