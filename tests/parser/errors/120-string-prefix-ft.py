x = ft'abc'
