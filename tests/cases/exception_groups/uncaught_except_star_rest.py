try:
    raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    print("handled the ValueError")
except* KeyError:
    raise RuntimeError("while handling KeyError")
