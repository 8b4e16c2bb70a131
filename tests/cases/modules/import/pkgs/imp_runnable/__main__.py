print("imp_runnable.__main__ runs as", __name__, __spec__.name if __spec__ else None)
RESULT = 42
