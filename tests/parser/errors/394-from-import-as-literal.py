from os import path as 1
