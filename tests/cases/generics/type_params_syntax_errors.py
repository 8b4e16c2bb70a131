# Compile-time errors for type parameter lists.
def c(src):
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, e.lineno)


c("def f[T, T](): pass")
c("class A[T, *T]: pass")
c("type X[T, **T] = int")
c("def f[T = int, U](): pass")
c("class A[T = int, *Ts]: pass")
c("class A[]: pass")
c("def f[](): pass")
c("type X[] = int")
c("def f[*Ts: int](): pass")
c("def f[**P: int](): pass")
c("def f[T: (yield)](): pass")
c("def f[T: (x := 1)](): pass")
c("def f[T = (yield)](): pass")
c("class A[T: (await x)]: pass")
c("type X = (yield)")
c("type X = (y := 1)")
c("def f[T: int = str](): pass")
c("def f[T](T): pass")
c("class A[T]:\n    T = 1")
c("type X[T] = T")
c("def f[__T](): pass")
c("def f[T: *int](): pass")
c("def f[*Ts = *tuple[int]](): pass")
