def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class AppError(Exception):
    def __str__(self):
        return "app failed: " + str(self.args)
def run():
    raise AppError(1, "two")
run()
