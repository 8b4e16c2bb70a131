x = a[**b]
