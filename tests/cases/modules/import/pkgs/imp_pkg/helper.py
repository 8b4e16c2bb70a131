print("imp_pkg.helper runs", __name__, __package__)
NAME = "helper"
