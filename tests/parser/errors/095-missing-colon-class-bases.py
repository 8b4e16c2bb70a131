class Point(Base)
    pass
