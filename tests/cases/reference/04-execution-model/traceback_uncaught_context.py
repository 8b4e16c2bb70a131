class Resource:
    def close(self):
        raise OSError("close failed")
def work():
    r = Resource()
    try:
        raise ValueError("work failed")
    finally:
        r.close()
work()
