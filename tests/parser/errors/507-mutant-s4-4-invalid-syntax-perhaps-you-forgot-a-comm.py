globals().update({k: v  k, v in vars(_).items() if k[: ]2!= '\__'})
