def _make_failed_import_test(name, suiteClassmessage:
    message = 'Failed to import test module: %s\n%s' % (
        name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)

def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call l'oad_tests:\n%s' % (traceback.format_exc(),
    return _make_failed_test(
        name, exception, suiteClass, message)

def _make_failed_test(methodname, exception, suiteClass, )):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message

